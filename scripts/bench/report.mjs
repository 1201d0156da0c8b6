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
    };
  });
  return { baseWall, baseRss, bareRuns: bare.length, rows: out };
}

export function table(sum) {
  const head = ["case", "runs", "wall (median)", "× node", "peak RSS (median)", "× node", "injected chars"];
  const lines = [
    ["`node -e 0` (baseline)", String(sum.bareRuns), ms(sum.baseWall), "1.00×", mib(sum.baseRss), "1.00×", ""],
    ...sum.rows.map((r) => [r.name, String(r.runs), ms(r.wall), x(r.wallX), mib(r.rss), x(r.rssX), r.injected === null ? "" : String(r.injected)]),
  ];
  const fmt = (cells) => `| ${cells.join(" | ")} |`;
  return [fmt(head), fmt(head.map((h, i) => (i === 0 ? "---" : "---:"))), ...lines.map(fmt)].join("\n");
}

/** One line per target: PASS, FAIL or SKIP (case not run, or RSS not measurable here). */
export function checks(sum, targets) {
  const byName = new Map(sum.rows.map((r) => [r.name, r]));
  return targets.map((t) => {
    if (t.value !== undefined) {
      const ok = t.value !== null && t.value <= t.max;
      return `${t.value === null ? "SKIP" : ok ? "PASS" : "FAIL"}  ${t.label}: ${t.value ?? "n/a"} (target ≤ ${t.max})`;
    }
    const row = byName.get(t.row);
    const v = row ? row[t.metric] : null;
    if (v === null || v === undefined) return `SKIP  ${t.label}: not measured`;
    return `${v <= t.max ? "PASS" : "FAIL"}  ${t.label}: ${v.toFixed(3)}× (target ≤ ${t.max}×)`;
  });
}
