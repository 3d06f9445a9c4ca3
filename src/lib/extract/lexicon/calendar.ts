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

/** A day some days from another holiday's date (Good Friday is two days before Easter). */
function offset(rule: HolidayRule, days: number): HolidayRule {
  return (year) => {
    const { month, day } = rule(year);
    const date = new Date(Date.UTC(year, month - 1, day + days));
    return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  };
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
  'good friday': offset(easter, -2),
  'holy saturday': offset(easter, -1),
  'easter monday': offset(easter, 1),
  'ash wednesday': offset(easter, -46),
  'palm sunday': offset(easter, -7),
  'black friday': offset((year) => nthWeekday(year, 11, 4, 4), 1),
  'cyber monday': offset((year) => nthWeekday(year, 11, 4, 4), 4),
  'may day': () => ({ month: 5, day: 1 }),
  'labour day': () => ({ month: 5, day: 1 }),
  'international workers\' day': () => ({ month: 5, day: 1 }),
  "international women's day": () => ({ month: 3, day: 8 }),
  'anzac day': () => ({ month: 4, day: 25 }),
  'australia day': () => ({ month: 1, day: 26 }),
  'waitangi day': () => ({ month: 2, day: 6 }),
  'canada day': () => ({ month: 7, day: 1 }),
  'bastille day': () => ({ month: 7, day: 14 }),
  'republic day': () => ({ month: 1, day: 26 }),
  'jamhuri day': () => ({ month: 12, day: 12 }),
  'madaraka day': () => ({ month: 6, day: 1 }),
  'mashujaa day': () => ({ month: 10, day: 20 }),
  'freedom day': () => ({ month: 4, day: 27 }),
  'heritage day': () => ({ month: 9, day: 24 }),
  'democracy day': () => ({ month: 6, day: 12 }),
  "st patrick's day": () => ({ month: 3, day: 17 }),
  'remembrance day': () => ({ month: 11, day: 11 }),
  'armistice day': () => ({ month: 11, day: 11 }),
  'guy fawkes night': () => ({ month: 11, day: 5 }),
  'columbus day': (year) => nthWeekday(year, 10, 1, 2),
  "mothering sunday": offset(easter, -21),
};

/** Words in the clause before a date that place it after publication ("will meet on Friday"). */
export const FUTURE_CUES = /\b(?:will|won['’]t|would|shall|(?:is|are)\s+(?:scheduled|set|expected|due|slated|poised|planning|going)\s+(?:to|for)|(?:is|are)\s+(?:expected|due)|plans?\s+to|takes?\s+effect|upcoming|next|later\s+this|['’]ll)\b/i;

/**
 * Modal or forecast wording that points forward only when it governs the date, so it must sit
 * within a few words of it ("humidity could drop to 8 percent on Tuesday", but not "could break
 * the monthly record for encounters set in September").
 */
// Case-sensitive so that "May" the name (or the month) is not "may" the modal.
export const NEAR_FUTURE_CUES = /\b(?:[Cc]ould|[Mm]ight|may|(?<!\b(?:had|was|were|been)[\s\u00A0]+)[Ee]xpect(?:s|ed|ing)?(?:[\s\u00A0]+\S+){0,5}?[\s\u00A0]+to|[Ff]orecasts?|[Dd]ue[\s\u00A0]+(?:in|on|by|for|next|this))\b(?:[\s\u00A0]+\S+){0,7}[\s\u00A0]*$/;

/**
 * Present-tense verbs of a timetable: "The festival runs from 17 to 20 July", "Voting ends Friday".
 * The date is the nearest one either side of publication.
 */
export const SCHEDULE_CUES = /\b(?:runs|opens|starts|begins|ends|closes|kicks\s+off|takes\s+place|(?:is|are)\s+held|resumes|reopens)\b(?:[\s\u00A0]+\S+){0,3}[\s\u00A0]*$/i;

/** Future wording right after a date in its clause: "In May the Lords may vote", "On Friday they will meet". */
export const FUTURE_AFTER = /^[^,;.!?]{0,40}?\b(?:will|shall|may|might|could|is\s+due|are\s+due|is\s+expected|are\s+expected|['’]ll)\b/;

/** Month names and their abbreviations, lower case, with their number (1–12). */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday names and their abbreviations, lower case, with their number (Sunday = 0). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/**
 * Meteorological seasons of the northern hemisphere, by their first month (winter starts in
 * December of the year it is named for). The southern hemisphere's are six months later.
 */
export const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** Words that say which part of a period is meant, and the share of it each covers, as [from, to] fractions. */
export const PERIOD_PARTS: Record<string, [number, number]> = { early: [0, 1 / 3], mid: [1 / 3, 2 / 3], late: [2 / 3, 1] };

/** Words that relate a date to the day the text is about ("the previous Sunday", "a week earlier"). */
export const ANCHORED_WORDS = /\b(?:earlier|later|before|after|prior|previous|preceding|following)\b/i;

/** Words that make the date after them the start of something still running ("the fiscal year starting April 1"): the nearest such date, either side. */
export const NEAREST_CUES = /\b(?:starting|beginning|effective(?:[\s\u00A0]+from)?)[\s\u00A0]+$/i;

/** Words before a date that are relative to publication ("yesterday", "last week"), for the prefilter and for `relative`. */
export const RELATIVE_WORDS = ['yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'last', 'next', 'this', 'past', 'coming', 'earlier', 'later'];

/**
 * Countries and cities of the southern hemisphere, lower case, for reading a dateline's seasons
 * ("LISMORE, Australia": summer is December to February).
 */
export const SOUTHERN_PLACES = new Set([
  'australia', 'new zealand', 'argentina', 'chile', 'uruguay', 'paraguay', 'bolivia', 'peru', 'brazil', 'south africa',
  'namibia', 'botswana', 'zimbabwe', 'zambia', 'mozambique', 'madagascar', 'malawi', 'angola', 'lesotho', 'eswatini',
  'tanzania', 'fiji', 'samoa', 'tonga', 'papua new guinea', 'indonesia', 'east timor', 'timor-leste', 'mauritius',
  'sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'hobart', 'darwin', 'auckland', 'wellington',
  'christchurch', 'buenos aires', 'santiago', 'montevideo', 'asunción', 'asuncion', 'la paz', 'lima', 'são paulo',
  'sao paulo', 'rio de janeiro', 'brasília', 'brasilia', 'johannesburg', 'cape town', 'durban', 'pretoria', 'windhoek',
  'harare', 'lusaka', 'maputo', 'antananarivo', 'lilongwe', 'luanda', 'dar es salaam', 'suva', 'jakarta',
]);

/**
 * The month a fiscal year starts in, by country or capital named in a dateline, lower case; April
 * (the United Kingdom, India, Canada, Japan …) when the dateline names none of these.
 */
export const FISCAL_YEAR_STARTS: Record<string, number> = {
  'united states': 10, 'u.s.': 10, usa: 10, washington: 10, australia: 7, canberra: 7, sydney: 7, melbourne: 7, 'new zealand': 7,
  wellington: 7, auckland: 7, pakistan: 7, islamabad: 7, karachi: 7, lahore: 7, egypt: 7, cairo: 7, kenya: 7, nairobi: 7,
  bangladesh: 7, dhaka: 7, 'south africa': 3, 'cape town': 3, johannesburg: 3, pretoria: 3, china: 1, beijing: 1, france: 1,
  paris: 1, germany: 1, berlin: 1, spain: 1, madrid: 1, italy: 1, rome: 1, brazil: 1, mexico: 1, russia: 1,
  japan: 4, tokyo: 4, osaka: 4, nagoya: 4, yokohama: 4, india: 4, 'new delhi': 4, mumbai: 4, bengaluru: 4, canada: 4, ottawa: 4,
  toronto: 4, 'united kingdom': 4, london: 4, 'hong kong': 4,
};
/** The month a fiscal year starts in when the dateline does not say. */
export const DEFAULT_FISCAL_YEAR_START = 4;
