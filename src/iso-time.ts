// `new Date(ms).toISOString()` makes V8 load the time zone database on its first use in a process
// (≈ 0.2 ms, read from /usr/share/zoneinfo), although an ISO time in UTC needs no zone at all.
// Every save and every log line formats a time, so the hot paths do the calendar arithmetic here.

const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z: four-digit years only
const DAY_MS = 86_400_000;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Exactly `new Date(ms).toISOString()` (which it falls back to outside years 1970–9999). */
export function isoTime(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_MS) return new Date(ms).toISOString();
  const t = Math.floor(ms);
  const days = Math.floor(t / DAY_MS);
  let rest = t - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  // Days since 1970-01-01 to a civil date, counting in 400-year eras that start on 0000-03-01
  // (the leap day then ends each year): H. Hinnant's "civil_from_days".
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(milli, 3)}Z`;
}
