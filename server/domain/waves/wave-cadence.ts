// When the next wave of a calibration cadence is due: the last wave's closing day plus the cadence in
// months, on the calendar (a day past the end of the target month falls back to its last day), and whether
// that is far off, soon, due or overdue on a given day. Plain YYYY-MM-DD days, no clock, no time zones.

export interface Cadence {
  /** Months between waves: 3 for quarterly. */
  months: number;
}

export const QUARTERLY: Cadence = { months: 3 };

export type CadenceStatus = 'not-yet' | 'soon' | 'due' | 'overdue';

/** Days before the due day from which a wave is "soon": time to prepare the campaign and its emails. */
export const SOON_DAYS = 30;
/** Days after the due day still counted as due rather than overdue. */
export const GRACE_DAYS = 14;

export interface NextWave {
  dueOn: string;
  status: CadenceStatus;
  /** Days from `today` to the due day; negative once it has passed. */
  daysUntil: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parseDay(day: string): { year: number; month: number; date: number } {
  const match = DAY.exec(day);
  const [year, month, date] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  // Not matched, every part is NaN and fails the range checks (NaN >= 1 is false).
  if (!(month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month)))
    throw new RangeError(`not a calendar day: ${day}`);
  return { year, month, date };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The day `months` calendar months after `day`, clamped to the end of a shorter month.
 * @example addMonths('2026-01-31', 3) // '2026-04-30'
 */
export function addMonths(day: string, months: number): string {
  const { year, month, date } = parseDay(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const clamped = Math.min(date, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(clamped, 2)}`;
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return (Date.UTC(b.year, b.month - 1, b.date) - Date.UTC(a.year, a.month - 1, a.date)) / MS_PER_DAY;
}

/**
 * The next wave after one that closed on `lastClosedOn`, judged on `today`.
 * @example nextWave({ months: 3 }, '2026-01-31', '2026-04-10') // { dueOn: '2026-04-30', status: 'soon', daysUntil: 20 }
 */
export function nextWave(cadence: Cadence, lastClosedOn: string, today: string): NextWave {
  if (!Number.isInteger(cadence.months) || cadence.months < 1)
    throw new RangeError(`a cadence is a whole number of months, at least 1: ${cadence.months}`);
  const dueOn = addMonths(lastClosedOn, cadence.months);
  const daysUntil = daysBetween(today, dueOn);
  const status: CadenceStatus =
    daysUntil > SOON_DAYS ? 'not-yet' : daysUntil > 0 ? 'soon' : daysUntil >= -GRACE_DAYS ? 'due' : 'overdue';
  return { dueOn, status, daysUntil };
}
