// Calendar words: holidays chrono does not know, and the wording that points a date forward.

/** A holiday's date in a given year (month is 1-based). */
export type HolidayRule = (year: number) => { month: number; day: number };

function nthWeekday(year: number, month: number, weekday: number, n: number): { month: number; day: number } {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return { month, day: 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7 };
}

function lastWeekday(year: number, month: number, weekday: number): { month: number; day: number } {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return { month, day: lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7) };
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
function easter(year: number): { month: number; day: number } {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Holidays by the name a news report uses, lower case. */
export const HOLIDAYS: Record<string, HolidayRule> = {
  christmas: () => ({ month: 12, day: 25 }),
  'christmas day': () => ({ month: 12, day: 25 }),
  'christmas eve': () => ({ month: 12, day: 24 }),
  'boxing day': () => ({ month: 12, day: 26 }),
  "new year's day": () => ({ month: 1, day: 1 }),
  "new year's eve": () => ({ month: 12, day: 31 }),
  "new year's": () => ({ month: 1, day: 1 }),
  'independence day': () => ({ month: 7, day: 4 }),
  'fourth of july': () => ({ month: 7, day: 4 }),
  'july fourth': () => ({ month: 7, day: 4 }),
  halloween: () => ({ month: 10, day: 31 }),
  "valentine's day": () => ({ month: 2, day: 14 }),
  'veterans day': () => ({ month: 11, day: 11 }),
  'juneteenth': () => ({ month: 6, day: 19 }),
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
  'thanksgiving day': (year) => nthWeekday(year, 11, 4, 4),
  'memorial day': (year) => lastWeekday(year, 5, 1),
  'labor day': (year) => nthWeekday(year, 9, 1, 1),
  'martin luther king jr. day': (year) => nthWeekday(year, 1, 1, 3),
  "presidents' day": (year) => nthWeekday(year, 2, 1, 3),
  'easter': easter,
  'easter sunday': easter,
};

/** Words in the clause before a date that place it after publication ("will meet on Friday"). */
export const FUTURE_CUES = /\b(?:will|won['’]t|would|shall|(?:is|are)\s+(?:scheduled|set|expected|due|slated|poised|planning|going)\s+(?:to|for)|plans?\s+to|takes?\s+effect|upcoming|next|later\s+this|['’]ll)\b/i;

/**
 * Modal or forecast wording that points forward only when it governs the date, so it must sit
 * within a few words of it ("humidity could drop to 8 percent on Tuesday", but not "could break
 * the monthly record for encounters set in September").
 */
export const NEAR_FUTURE_CUES = /\b(?:could|might|may|expected(?:\s+\w+)?\s+to|forecasts?)\b(?:[\s\u00A0]+\S+){0,5}[\s\u00A0]*$/i;
