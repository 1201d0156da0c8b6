// The result table and the target checks. Ratios are to the bare `node -e 0` runs of the same
// bench run; absolute times only make sense on the machine that produced them.
import { median } from "./measure.mjs";

const ms = (v) => (v === null ? "n/a" : `${v.toFixed(1)} ms`);
const mib = (kb) => (kb === null ? "n/a" : `${(kb / 1024).toFixed(1)} MiB`);
const ratio = (v, base) => (v === null || base === null || base === 0 ? null : v / base);
const x = (r) => (r === null ? "n/a" : `${r.toFixed(2)}×`);

export function summarise(rows, bare) {
  const baseWall = median(bare.map((r) => r.wallMs));
  const baseRss = median(bare.map((r) => r.rssKb));
  const out = rows.map((row) => {
    const wall = median(row.samples.map((r) => r.wallMs));
    const rss = median(row.samples.map((r) => r.rssKb));
    return {
      name: row.name,
      runs: row.samples.length,
      wall,
      wallX: ratio(wall, baseWall),
      rss,
      rssX: ratio(rss, baseRss),
      injected: row.injected ?? null,
      floor: row.floor ?? null,
      floor1: row.floor1 ?? null,
    };
  });
  const byName = new Map(out.map((r) => [r.name, r]));
  const floorX = (r, name) => (name && byName.get(name) ? ratio(r.wall, byName.get(name).wall) : null);
  for (const r of out) {
    r.floorX = floorX(r, r.floor);
    r.floor1X = floorX(r, r.floor1);
  }
  return { baseWall, baseRss, bareRuns: bare.length, rows: out };
}

export function table(sum) {
  const head = ["case", "runs", "wall (median)", "× node", "× floor", "× one-file floor", "peak RSS (median)", "× node", "injected chars"];
  const lines = [
    ["`node -e 0` (baseline)", String(sum.bareRuns), ms(sum.baseWall), "1.00×", "", "", mib(sum.baseRss), "1.00×", ""],
    ...sum.rows.map((r) => [
      r.name,
      String(r.runs),
      ms(r.wall),
      x(r.wallX),
      r.floorX === null ? "" : x(r.floorX),
      r.floor1X === null ? "" : x(r.floor1X),
      mib(r.rss),
      x(r.rssX),
      r.injected === null ? "" : String(r.injected),
    ]),
  ];
  const fmt = (cells) => `| ${cells.join(" | ")} |`;
  return [fmt(head), fmt(head.map((h, i) => (i === 0 ? "---" : "---:"))), ...lines.map(fmt)].join("\n");
}

/** One line per target: PASS, FAIL or SKIP (case not run, or RSS not measurable here). A target with
 * `base` compares `metric` of its row with the same metric of the `base` row. */
export function checks(sum, targets) {
  const byName = new Map(sum.rows.map((r) => [r.name, r]));
  return targets.map((t) => {
    if (t.value !== undefined) {
      const ok = t.value !== null && t.value <= t.max;
      return `${t.value === null ? "SKIP" : ok ? "PASS" : "FAIL"}  ${t.label}: ${t.value ?? "n/a"} (target ≤ ${t.max})`;
    }
    const row = byName.get(t.row);
    // `base`: the ratio is to another row of this run (a floor), not to bare node.
    const base = t.base ? byName.get(t.base) : null;
    const v = !row ? null : t.base ? (base ? ratio(row[t.metric], base[t.metric]) : null) : row[t.metric];
    if (v === null || v === undefined) return `SKIP  ${t.label}: not measured`;
    return `${v <= t.max ? "PASS" : "FAIL"}  ${t.label}: ${v.toFixed(3)}× (target ≤ ${t.max}×)`;
  });
}

/** Lines that explain rather than judge: the wall time of `row` against `base`, no target. */
export function notes(sum, items) {
  const byName = new Map(sum.rows.map((r) => [r.name, r]));
  return items.map((t) => {
    const row = byName.get(t.row);
    const base = byName.get(t.base);
    const v = row && base ? ratio(row.wall, base.wall) : null;
    return `INFO  ${t.label}: ${v === null ? "not measured" : `${v.toFixed(3)}×`}`;
  });
}
