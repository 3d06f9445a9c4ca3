// Calendar arithmetic on days, in UTC so that no time zone moves a day.

/** A calendar day as numbers (month 1-based). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A resolved calendar span. */
export interface CalendarSpan {
  start: Day;
  end: Day;
}

export const dayToDate = (d: Day) => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
export const dateToDay = (date: Date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
export const addDays = (d: Day, days: number): Day => dateToDay(new Date(dayToDate(d).getTime() + days * 86_400_000));
/** Day of the week, Sunday = 0. */
export const weekday = (d: Day) => dayToDate(d).getUTCDay();
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Negative, zero or positive as `a` is before, on or after `b`. */
export const compareDays = (a: Day, b: Day) => dayToDate(a).getTime() - dayToDate(b).getTime();
/** Whole days from `a` to `b`. */
export const daysBetween = (a: Day, b: Day) => Math.round(compareDays(b, a) / 86_400_000);
/** YYYY-MM-DD. */
export const iso = (d: Day) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The month `months` after (or before) the month of `year`/`month`. */
export function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** `d` moved by whole months, the day clamped to the month's length. */
export function addMonths(d: Day, months: number): Day {
  const { year, month } = shiftMonth(d.year, d.month, months);
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** The whole month. */
export const monthSpan = (year: number, month: number): CalendarSpan => ({ start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) } });
/** The whole year. */
export const yearSpan = (year: number): CalendarSpan => ({ start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } });
/** `months` whole months from the first of `year`/`month`. */
export function monthsSpan(year: number, month: number, months: number): CalendarSpan {
  const last = shiftMonth(year, month, months - 1);
  return { start: { year, month, day: 1 }, end: { ...last, day: daysInMonth(last.year, last.month) } };
}

/** Monday of the week containing `d` (news weeks run Monday to Sunday). */
export const mondayOf = (d: Day) => addDays(d, -((weekday(d) + 6) % 7));

/** The publication day of an ISO date or date-time, in the offset it is written with. */
export function parseDay(published: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? { year: 1970, month: 1, day: 1 } : dateToDay(date);
}

/** YYYY-MM-DD to a day. */
export const fromIso = (text: string): Day => parseDay(text);
