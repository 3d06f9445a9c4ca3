// Stage 1 of reading dates, first half: the expressions chrono-node does not read as one date, each
// a named reader over the paragraph's text. A reader says where the expression is and how to place
// it on the calendar; stage 3 (resolve.ts) places it once the direction in time is known. chrono
// reads the rest of the paragraph with these spans masked (chrono.ts).
import { MONTHS, PERIOD_PARTS, SEASONS, WEEKDAYS } from '../lexicon/calendar';
import { NUMBER_WORDS } from '../lexicon/numbers';
import {
  addDays, addMonths, compareDays, daysInMonth, monthSpan, monthsSpan, shiftMonth, weekday, yearSpan, type CalendarSpan, type Day,
} from './calendar';
import type { Direction } from './direction';

/** What placing a date needs to know. */
export interface PlaceContext {
  /** Publication day. */
  ref: Day;
  direction: Direction;
  /** The day the sentence is about, for dates relative to it ("a week earlier"). */
  anchor: Day;
  /** How precise the date the anchor comes from is ("September" → month), when it comes from the text. */
  anchorGranularity?: Placed['granularity'];
  /** The report is datelined in the southern hemisphere: seasons are six months on. */
  southern: boolean;
  /** The last date a reader placed earlier in the article ("the quarter" after "the first quarter"). */
  previous: (reader: string) => Placed | undefined;
}

/** A placed date: its span and how precise it is. */
export interface Placed extends CalendarSpan {
  granularity: 'day' | 'month' | 'year' | 'range' | 'part';
}

/** A date expression a reader found. */
export interface FoundDate {
  start: number;
  end: number;
  /** Which reader found it. */
  reader: string;
  /** Relative to publication or to the day the text is about, rather than fixed by its words. */
  relative: 'published' | 'anchor' | false;
  place: (context: PlaceContext) => Placed | null;
}

/** A reader of one kind of date expression. */
export type DateReader = (text: string) => FoundDate[];

// Month names, an abbreviation with its period ("Aug.") but a full name without the sentence's.
const MONTH = [...Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july'), ...Object.keys(MONTHS).filter((m) => m.length <= 4 && !['may', 'june', 'july'].includes(m)).map((m) => `${m}\\.?`)].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = Object.keys(WEEKDAYS).filter((w) => w.length > 3).join('|');
const SMALL_NUMBER = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! > 0 && NUMBER_WORDS[w]! <= 20).join('|');
const YEAR = '(?:1[5-9]|20)\\d\\d';
const countOf = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')]!;

function found(match: RegExpMatchArray, reader: string, relative: FoundDate['relative'], place: FoundDate['place'], offset = 0, length = match[0].length): FoundDate {
  return { start: match.index! + offset, end: match.index! + offset + length, reader, relative, place };
}

/**
 * The occurrence of a yearly thing nearest to the reference in the direction given: `spanIn(year)`
 * places it in a year; past means the latest that started at or before `ref`, future the earliest
 * that ends at or after it, nearest the closest either way.
 */
function occurrence(spanIn: (year: number) => CalendarSpan, ref: Day, direction: Direction): CalendarSpan {
  const candidates = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1].map(spanIn);
  const time = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
  const at = time(ref);
  if (direction === 'future') return candidates.find((c) => time(c.end) >= at) ?? candidates[candidates.length - 1]!;
  if (direction === 'nearest') {
    return [...candidates].sort((a, b) => Math.min(Math.abs(time(a.start) - at), Math.abs(time(a.end) - at)) - Math.min(Math.abs(time(b.start) - at), Math.abs(time(b.end) - at)))[0]!;
  }
  return [...candidates].reverse().find((c) => time(c.start) <= at) ?? candidates[0]!;
}

/** A share of a span, by whole months when it is a year or a season, by days when it is a month. */
function partOf(span: CalendarSpan, [from, to]: [number, number], byMonths: boolean): CalendarSpan {
  if (byMonths) {
    const months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1;
    const first = Math.round(months * from);
    const count = Math.round(months * to) - first;
    const start = shiftMonth(span.start.year, span.start.month, first);
    return monthsSpan(start.year, start.month, count);
  }
  const days = span.end.day;
  // A month in thirds: 1st–10th, 11th–20th, 21st to the end.
  const firstDay = from === 0 ? 1 : Math.round(from * 30) + 1;
  const lastDay = to === 1 ? days : Math.round(to * 30);
  return { start: { ...span.start, day: firstDay }, end: { ...span.start, day: lastDay } };
}

// ---------------------------------------------------------------------------------------------
// Decades: "the 1990s", "the '90s", "the early 2000s".

const DECADE = /(?<![\p{L}\p{N}])(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)0s|['’](\d)0s)(?![\p{L}\p{N}])/giu;

export const decades: DateReader = (text) =>
  [...text.matchAll(DECADE)].map((m) =>
    found(m, 'decade', false, ({ ref }) => {
      const first = m[2] ? Number(`${m[2]}0`) : (() => {
        // "the '90s": the latest such decade not after publication.
        const decade = Number(m[3]) * 10;
        const century = Math.floor(ref.year / 100) * 100;
        return century + decade <= ref.year ? century + decade : century - 100 + decade;
      })();
      const whole: CalendarSpan = { start: { year: first, month: 1, day: 1 }, end: { year: first + 9, month: 12, day: 31 } };
      if (!m[1]) return { ...whole, granularity: 'range' };
      const [from, to] = PERIOD_PARTS[m[1].toLowerCase()]!;
      return { start: { year: first + Math.round(10 * from), month: 1, day: 1 }, end: { year: first + Math.round(10 * to) - 1, month: 12, day: 31 }, granularity: 'part' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// Seasons: "summer 2025", "the fall of 2010", "last summer", "early spring", meteorological.

const SEASON = new RegExp(
  String.raw`(?<![\p{L}])(?:(the|this|last|next|past|coming)\s+)?(?:(early|mid|late)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(${YEAR})(?![\p{N}])|\s+(next|last|this)\s+year)?(?![\p{L}])`,
  'giu',
);
// A season word is a date after these words or with a year; "fall" is otherwise a verb, and "summer heat" an adjective.
// "a weak spring", "a wet winter": a season with an adjective is a time too.
const SEASON_CONTEXT = /(?:(?:^|[^\p{L}])(?:in|during|by|until|till|through|over|since|before|after|from|for|this|last|next|the|early|late|mid|of)|(?:^|[^\p{L}])an?[\s\u00A0]+\p{Ll}+)[\s\u00A0]+$/iu;

function seasonSpan(name: string, year: number, southern: boolean): CalendarSpan {
  const first = shiftMonth(year, SEASONS[name]!, southern ? 6 : 0);
  // A southern season named for a year starts in that year, like the northern winter.
  const start = southern && first.year > year ? shiftMonth(year, SEASONS[name]! - 6, 0) : first;
  return monthsSpan(start.year, start.month, 3);
}

export const seasons: DateReader = (text) =>
  [...text.matchAll(SEASON)].flatMap((m) => {
    const [, which, part, name, year, yearShift] = m;
    const lower = name!.toLowerCase();
    const before = text.slice(Math.max(0, m.index! - 24), m.index!);
    const capitalised = /^\p{Lu}/u.test(name!);
    // "Arab Spring", "Summer Olympics": a season inside a name.
    if (capitalised && (/\p{Lu}[\p{L}'’]*[\s\u00A0]+$/u.test(before) || /^[\s\u00A0]+\p{Lu}/u.test(text.slice(m.index! + m[0].length)))) return [];
    if (!which && !part && !year && !yearShift && !SEASON_CONTEXT.test(before)) return [];
    if (lower === 'fall' && !which && !year && !/(?:^|[^\p{L}])(?:the|this|last|next|early|late|mid|in|by|until|during|of)[\s\u00A0]+$/iu.test(before)) return [];
    const relative = year ? false : 'published';
    return [
      found(m, 'season', relative, ({ ref, direction, southern }) => {
        const of = (y: number) => seasonSpan(lower, y, southern);
        let span: CalendarSpan;
        if (year) span = of(Number(year));
        else if (yearShift) span = of(ref.year + (yearShift.toLowerCase() === 'next' ? 1 : yearShift.toLowerCase() === 'last' ? -1 : 0));
        else {
          const w = which?.toLowerCase();
          const spans = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1].map(of);
          const time = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
          const at = time(ref);
          if (w === 'last' || w === 'past') span = [...spans].reverse().find((s) => time(s.end) < at)!;
          else if (w === 'next' || w === 'coming') span = spans.find((s) => time(s.start) > at)!;
          else if (w === 'this') span = spans.find((s) => time(s.end) >= at)!;
          // A bare season with no tense to go by is the nearest ("the order book for autumn", "a weak spring").
          else span = occurrence(of, ref, direction === 'past' && !which ? 'nearest' : direction);
        }
        if (!part) return { ...span, granularity: 'part' };
        return { ...partOf(span, PERIOD_PARTS[part.toLowerCase()]!, true), granularity: 'part' };
      }),
    ];
  });

// ---------------------------------------------------------------------------------------------
// Parts of a month or a year: "early August", "mid-2025", "late last year", "the end of July".

const PART = new RegExp(
  String.raw`(?<![\p{L}])(?:(early|mid|late)[\s-]+|(?:the\s+)?(end|start|beginning|middle|close|first\s+half|second\s+half)\s+of\s+(?:the\s+)?)(?:(this|next|last)\s+)?(${MONTH}|year|month|${YEAR})(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}])`,
  'giu',
);
const EDGE_PARTS: Record<string, [number, number]> = { start: [0, 0], beginning: [0, 0], end: [1, 1], close: [1, 1], middle: [1 / 3, 2 / 3], 'first half': [0, 1 / 2], 'second half': [1 / 2, 1] };

export const periodParts: DateReader = (text) =>
  [...text.matchAll(PART)].flatMap((m) => {
    const [, third, edge, which, period, year] = m;
    const lowerPeriod = period!.toLowerCase();
    // "may" and "march" are verbs unless capitalised.
    if ((lowerPeriod === 'may' || lowerPeriod === 'march') && !/^\p{Lu}/u.test(period!)) return [];
    const isMonthName = lowerPeriod in MONTHS;
    const relative = year || /^\d/.test(period!) ? false : 'published';
    return [
      found(m, 'part', relative, ({ ref, direction }) => {
        const shift = which ? ({ this: 0, next: 1, last: -1 } as Record<string, number>)[which.toLowerCase()]! : 0;
        let span: CalendarSpan;
        let byMonths = true;
        if (/^\d/.test(period!)) span = yearSpan(Number(period));
        else if (lowerPeriod === 'year') span = yearSpan(ref.year + shift);
        else if (lowerPeriod === 'month') {
          const { year: y, month } = shiftMonth(ref.year, ref.month, shift);
          span = monthSpan(y, month);
          byMonths = false;
        } else {
          const month = monthOf(lowerPeriod);
          span = year ? monthSpan(Number(year), month) : which ? monthSpan(ref.year + shift, month) : occurrence((y) => monthSpan(y, month), { ...ref, day: 1 }, direction);
          byMonths = false;
        }
        void isMonthName;
        const share = third ? PERIOD_PARTS[third.toLowerCase()]! : EDGE_PARTS[edge!.toLowerCase().replace(/\s+/g, ' ')]!;
        if (share[0] === share[1]) {
          // "the end of July" is its last day; "the start of 2025" its first.
          const day = share[0] === 0 ? span.start : span.end;
          return { start: day, end: day, granularity: 'part' };
        }
        return { ...partOf(span, share, byMonths), granularity: 'part' };
      }),
    ];
  });

// ---------------------------------------------------------------------------------------------
// Rolling windows that end on publication: "the last 14 days", "the past two weeks", "the past week".

// "the last year and a half" is too vague to place.
const WINDOW = new RegExp(
  String.raw`(?<![\p{L}])the\s+(?:last|past)\s+(?:(\d+|${SMALL_NUMBER})\s+)?(days?|weeks?|months?|years?|hours?)(?!\s+of\b|\s+(?:and|or)\s+(?:a|so)\b)(?![\p{L}])`,
  'giu',
);

export const rollingWindows: DateReader = (text) =>
  [...text.matchAll(WINDOW)].map((m) =>
    found(m, 'window', 'published', ({ ref }) => {
      const count = m[1] ? countOf(m[1]) : 1;
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      const first =
        unit === 'day' ? addDays(ref, -(count - 1))
        : unit === 'week' ? addDays(ref, -(7 * count - 1))
        : unit === 'hour' ? addDays(ref, -Math.max(1, Math.ceil(count / 24)))
        : addDays(addMonths(ref, unit === 'month' ? -count : -12 * count), 1);
      return { start: first, end: ref, granularity: 'range' };
    }),
  );

// "the last four months of 2016", "the first two weeks of March".
const EDGE_WINDOW = new RegExp(
  String.raw`(?<![\p{L}])the\s+(first|last|final|opening|closing)\s+(\d+|${SMALL_NUMBER})\s+(days|weeks|months)\s+of\s+(?:the\s+)?(?:(${MONTH})\s+)?(${YEAR}|year)(?![\p{N}])`,
  'giu',
);

export const edgeWindows: DateReader = (text) =>
  [...text.matchAll(EDGE_WINDOW)].map((m) =>
    found(m, 'edge window', m[5]!.toLowerCase() === 'year' ? 'published' : false, ({ ref }) => {
      const year = m[5]!.toLowerCase() === 'year' ? ref.year : Number(m[5]);
      const whole = m[4] ? monthSpan(year, monthOf(m[4])) : yearSpan(year);
      const count = countOf(m[2]!);
      const last = /^(?:last|final|closing)$/i.test(m[1]!);
      const unit = m[3]!.toLowerCase();
      if (unit === 'months') {
        const months = m[4] ? 1 : 12;
        const start = last ? shiftMonth(year, months - count + 1, 0) : { year, month: 1 };
        return { ...monthsSpan(start.year, start.month, Math.min(count, months)), granularity: 'range' };
      }
      const days = unit === 'weeks' ? 7 * count : count;
      return last ? { start: addDays(whole.end, -(days - 1)), end: whole.end, granularity: 'range' } : { start: whole.start, end: addDays(whole.start, days - 1), granularity: 'range' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// A day of the month alone: "on the 25th", "by the 2nd".

const DAY_OF_MONTH = new RegExp(
  String.raw`(?<![\p{L}])(?:on|by|until|till|since|from|before|after|for)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))(?![\p{L}\p{N}])(?!\s+(?:of|century|anniversary|floor|time|place|minute|round|hole|inning|annual|edition|birthday|amendment|district|street|anniversary|day|week|year|straight|consecutive|largest|biggest|most|best)\b)`,
  'giu',
);

export const daysOfMonth: DateReader = (text) =>
  [...text.matchAll(DAY_OF_MONTH)].flatMap((m) => {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return [];
    const offset = m[0].indexOf(m[1]!);
    return [
      found(m, 'day of month', 'published', ({ ref, direction }) => {
        const months = [-2, -1, 0, 1, 2].map((k) => shiftMonth(ref.year, ref.month, k)).filter((x) => day <= daysInMonth(x.year, x.month));
        const days = months.map((x): Day => ({ ...x, day }));
        const time = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
        const at = time(ref);
        const pick = direction === 'future' ? days.find((d) => time(d) >= at) : [...days].reverse().find((d) => time(d) <= at);
        return pick ? { start: pick, end: pick, granularity: 'day' } : null;
      }, offset, m[1]!.length),
    ];
  });

// ---------------------------------------------------------------------------------------------
// Two days of one month, month first or day first: "April 29 and 30", "June 3-5", "Sept. 9 to 12",
// "17 to 20 July", "3-5 March 2025".

const DAYS = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to|through|until|–|—|-)\s*(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_PAIR = new RegExp(String.raw`(?<![\p{L}])(${MONTH})\s+${DAYS}(?:,?\s+(${YEAR}))?(?![\p{N}:%])`, 'giu');
const DAY_FIRST_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])${DAYS.replace('and|&|', '')}\s+(${MONTH})(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}])`, 'giu');

function dayPair(m: RegExpMatchArray, monthWord: string, first: string, last: string, year: string | undefined): FoundDate[] {
  if (!/^\p{Lu}/u.test(monthWord) || Number(last) <= Number(first) || Number(last) > 31) return [];
  const month = monthOf(monthWord);
  return [
    found(m, 'day pair', year ? false : 'published', ({ ref, direction }) => {
      const spanIn = (y: number): CalendarSpan => ({ start: { year: y, month, day: Number(first) }, end: { year: y, month, day: Math.min(Number(last), daysInMonth(y, month)) } });
      return { ...(year ? spanIn(Number(year)) : occurrence(spanIn, ref, direction)), granularity: 'range' };
    }),
  ];
}

export const dayPairs: DateReader = (text) => [
  ...[...text.matchAll(DAY_PAIR)].flatMap((m) => dayPair(m, m[1]!, m[2]!, m[3]!, m[4])),
  ...[...text.matchAll(DAY_FIRST_PAIR)].flatMap((m) => dayPair(m, m[3]!, m[1]!, m[2]!, m[4])),
];

// ---------------------------------------------------------------------------------------------
// A month of a year named relative to this one: "March next year", "June last year".

const MONTH_OF_YEAR = new RegExp(String.raw`(?<![\p{L}])(${MONTH})\s+(next|last|this)\s+year(?![\p{L}])`, 'gu');

export const monthsOfYear: DateReader = (text) =>
  [...text.matchAll(new RegExp(MONTH_OF_YEAR.source, 'giu'))].flatMap((m) => {
    if (!/^\p{Lu}/u.test(m[1]!)) return [];
    return [
      found(m, 'month of year', 'published', ({ ref }) => {
        const shift = ({ next: 1, last: -1, this: 0 } as Record<string, number>)[m[2]!.toLowerCase()]!;
        return { ...monthSpan(ref.year + shift, monthOf(m[1]!)), granularity: 'month' };
      }),
    ];
  });

// ---------------------------------------------------------------------------------------------
// A weekday or a day counted from the day the text is about: "the previous Sunday", "the next day".

const ANCHORED = new RegExp(String.raw`(?<![\p{L}])the\s+(previous|preceding|following|next)\s+(${WEEKDAY}|day|week|month|year)(?![\p{L}])`, 'giu');

export const anchoredDays: DateReader = (text) =>
  [...text.matchAll(ANCHORED)].map((m) =>
    found(m, 'anchored', 'anchor', ({ anchor }) => {
      const back = /^(?:previous|preceding)$/i.test(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (unit in WEEKDAYS) {
        const target = WEEKDAYS[unit]!;
        const gap = back ? (weekday(anchor) - target + 7) % 7 || 7 : (target - weekday(anchor) + 7) % 7 || 7;
        const day = addDays(anchor, back ? -gap : gap);
        return { start: day, end: day, granularity: 'day' };
      }
      if (unit === 'day') {
        const day = addDays(anchor, back ? -1 : 1);
        return { start: day, end: day, granularity: 'day' };
      }
      if (unit === 'week') {
        const monday = addDays(anchor, -((weekday(anchor) + 6) % 7) + (back ? -7 : 7));
        return { start: monday, end: addDays(monday, 6), granularity: 'range' };
      }
      if (unit === 'month') {
        const { year, month } = shiftMonth(anchor.year, anchor.month, back ? -1 : 1);
        return { ...monthSpan(year, month), granularity: 'month' };
      }
      return { ...yearSpan(anchor.year + (back ? -1 : 1)), granularity: 'year' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// Ranges of years: "between 2010 and 2020", "from 2010 to 2020", "2010 – 2020".

const YEAR_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£])(?:(between|from)\s+)?(${YEAR})\s*(and|to|until|till|through|–|—|-)\s*(${YEAR})(?![\p{N}%])`,
  'giu',
);

export const yearRanges: DateReader = (text) =>
  [...text.matchAll(YEAR_RANGE)].flatMap((m) => {
    const [, opener, first, link, last] = m;
    if (opener?.toLowerCase() === 'between' && link!.toLowerCase() !== 'and') return [];
    if (!opener && link!.toLowerCase() === 'and') return [];
    if (Number(last) <= Number(first)) return [];
    return [found(m, 'year range', false, () => ({ start: yearSpan(Number(first)).start, end: yearSpan(Number(last)).end, granularity: 'range' }))];
  });

// ---------------------------------------------------------------------------------------------
// Fiscal years: "2024-25", "FY2024", "FY24", "fiscal 2024", "fiscal year 2024-25".

const FISCAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£])(?:(FY|fiscal(?:\s+year)?)\s?(${YEAR}|\d\d)(?:[-–/](\d\d))?|(${YEAR})[-–/](\d\d))(?![\p{N}%])`,
  'giu',
);

/** The month a fiscal year starts in, and the fiscal years a reader will meet: named for the calendar year they end in. */
export function fiscalYears(startMonth: number): DateReader {
  return (text) =>
    [...text.matchAll(FISCAL)].flatMap((m) => {
      const [, prefix, named, namedEnd, first, second] = m;
      const startYear = first ? Number(first) : named!.length === 2 ? 2000 + Number(named) : Number(named);
      const twoDigits = second ?? namedEnd;
      // "2024-25": the second year must follow the first.
      if (twoDigits !== undefined && (Number(twoDigits) !== (startYear + 1) % 100)) return [];
      if (!prefix && !twoDigits) return [];
      // "FY24" and "fiscal 2024" name the year the fiscal year ends in; "2024-25" names both.
      const endYear = twoDigits !== undefined ? startYear + 1 : startYear;
      return [
        found(m, 'fiscal year', false, () => {
          if (startMonth === 1) return { ...yearSpan(endYear), granularity: 'range' };
          return { ...monthsSpan(endYear - 1, startMonth, 12), granularity: 'range' };
        }),
      ];
    });
}

// ---------------------------------------------------------------------------------------------
// Periods cut at publication: "so far this year", "the year so far", "year to date" run from the
// period's start to publication; "the rest of the week" from publication to the period's end.

const SO_FAR = /(?<![\p{L}])(?:(?:so\s+far\s+)?this\s+(year|month|week)\s+so\s+far|so\s+far\s+this\s+(year|month|week)|the\s+(year|month|week)\s+so\s+far|(year)[\s-]to[\s-]date)(?![\p{L}])/giu;
const REST_OF = /(?<![\p{L}])the\s+rest\s+of\s+the\s+(week|month|year)(?![\p{L}])/giu;

function periodAround(ref: Day, unit: string): CalendarSpan {
  if (unit === 'year') return yearSpan(ref.year);
  if (unit === 'month') return monthSpan(ref.year, ref.month);
  const monday = addDays(ref, -((weekday(ref) + 6) % 7));
  return { start: monday, end: addDays(monday, 6) };
}

export const cutPeriods: DateReader = (text) => [
  ...[...text.matchAll(SO_FAR)].map((m) =>
    found(m, 'so far', 'published', ({ ref }) => ({ start: periodAround(ref, (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase()).start, end: ref, granularity: 'range' })),
  ),
  ...[...text.matchAll(REST_OF)].map((m) => found(m, 'rest of', 'published', ({ ref }) => ({ start: ref, end: periodAround(ref, m[1]!.toLowerCase()).end, granularity: 'range' }))),
];

// ---------------------------------------------------------------------------------------------
// "this weekend", "the coming weekend": the Saturday and Sunday on or after publication.

const COMING_WEEKEND = /(?<![\p{L}])(?:this(?:\s+coming)?|the\s+coming|the\s+upcoming)\s+weekend(?![\p{L}])/giu;

export const comingWeekends: DateReader = (text) =>
  [...text.matchAll(COMING_WEEKEND)].map((m) =>
    found(m, 'weekend', 'published', ({ ref }) => {
      const saturday = addDays(ref, weekday(ref) === 0 ? -1 : 6 - weekday(ref));
      return { start: saturday, end: addDays(saturday, 1), granularity: 'range' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// Quarters: "the first quarter", "Q3 2024", "the fourth quarter of last year", "the June quarter"
// (the quarter that ends in June), and "the quarter" for the one the article last named.

const ORDINAL_QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const QUARTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:(${Object.keys(ORDINAL_QUARTERS).join('|')})[\s-]quarter|(${MONTH})\s+quarter|quarter\s+(?:to|ended|ending)\s+(${MONTH}))|Q([1-4]))(?:\s+(?:of\s+)?(?:(${YEAR})|(this|last|next)\s+year|the\s+year)|\s*(${YEAR})(?=\b))?(?![\p{L}])|(?<![\p{L}])the\s+quarter(?![\p{L}]|\s+(?:of|century|mile|point|final)\b)`,
  'gu',
);

/**
 * Quarters of the year the article reckons in: calendar quarters, or fiscal ones from
 * `startMonth` when the article speaks of a fiscal or full year.
 */
export function quarters(startMonth: number): DateReader {
  return (text) =>
    [...text.matchAll(new RegExp(QUARTER.source, 'giu'))].flatMap((m) => {
      const [whole, ordinal, ending, endingTo, q, year, yearWord, yearShort] = m;
      if (ending && !/^\p{Lu}/u.test(ending)) return [];
      if (/^the\s+quarter$/i.test(whole)) return [found(m, 'quarter', 'anchor', ({ previous }) => previous('quarter') ?? null)];
      const explicitYear = year ?? yearShort;
      return [
        found(m, 'quarter', explicitYear ? false : 'published', ({ ref, direction }) => {
          // The quarter as months from the start of a (fiscal) year that starts in `startYear`.
          const endMonth = ending || endingTo ? monthOf((ending ?? endingTo)!) : undefined;
          const number = q ? Number(q) : ordinal ? ORDINAL_QUARTERS[ordinal.toLowerCase()]! : 0;
          const spanIn = (y: number): CalendarSpan => {
            if (endMonth !== undefined) return monthsSpan(shiftMonth(y, endMonth, -2).year, shiftMonth(y, endMonth, -2).month, 3);
            // A fiscal year is named for the calendar year it ends in.
            const first = shiftMonth(startMonth === 1 ? y : y - 1, startMonth, 3 * (number - 1));
            return monthsSpan(first.year, first.month, 3);
          };
          let span: CalendarSpan;
          if (explicitYear) span = spanIn(Number(explicitYear));
          else if (yearWord) span = spanIn(ref.year + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[yearWord.toLowerCase()]!);
          else span = occurrence(spanIn, ref, direction);
          return { ...span, granularity: 'part' };
        }),
      ];
    });
}

// ---------------------------------------------------------------------------------------------
// Twelve months to a month: "the year to March", "the 12 months to June 2025", "the year ending in
// March": the twelve whole months that end with that month. (With a day, "the year ended Dec. 21",
// the day is the date chrono reads.)

const YEAR_TO = new RegExp(
  String.raw`(?<![\p{L}])the\s+(?:year|12\s+months|twelve\s+months|financial\s+year|fiscal\s+year)\s+(?:to|ending|ended)(?:\s+in)?\s+(${MONTH})(?!\.?\s+\d{1,2}(?!\d))(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}])`,
  'giu',
);

export const yearsTo: DateReader = (text) =>
  [...text.matchAll(YEAR_TO)].map((m) =>
    found(m, 'year to', m[2] ? false : 'published', ({ ref, direction }) => {
      const month = monthOf(m[1]!);
      const spanIn = (y: number): CalendarSpan => ({ start: { ...shiftMonth(y, month, -11), day: 1 }, end: monthSpan(y, month).end });
      if (m[2]) return { ...spanIn(Number(m[2])), granularity: 'range' };
      // Without a year: the last such twelve months to have ended by publication, or the coming ones in a forward clause.
      const ended = [ref.year - 1, ref.year].map(spanIn).filter((span) => compareDays(span.end, ref) <= 0).pop();
      return { ...(direction === 'future' || !ended ? spanIn(compareDays(spanIn(ref.year).end, ref) >= 0 ? ref.year : ref.year + 1) : ended), granularity: 'range' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// "earlier this month", "later this week": the part of the period before (or after) publication.

const EARLIER_LATER = /(?<![\p{L}])(earlier|later)\s+this\s+(week|month|year)(?![\p{L}])/giu;

export const earlierLater: DateReader = (text) =>
  [...text.matchAll(EARLIER_LATER)].map((m) =>
    found(m, 'earlier or later', 'published', ({ ref }) => {
      const whole = periodAround(ref, m[2]!.toLowerCase());
      return /^earlier$/i.test(m[1]!)
        ? { start: whole.start, end: addDays(ref, -1), granularity: 'part' }
        : { start: addDays(ref, 1), end: whole.end, granularity: 'part' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// "the 1st of next month", "the 15th of this month": a day of a month named relative to publication.

const DAY_OF_RELATIVE_MONTH = /(?<![\p{L}])the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(next|last|this)\s+month(?![\p{L}])/giu;

export const daysOfRelativeMonths: DateReader = (text) =>
  [...text.matchAll(DAY_OF_RELATIVE_MONTH)].map((m) =>
    found(m, 'day of month', 'published', ({ ref }) => {
      const { year, month } = shiftMonth(ref.year, ref.month, ({ next: 1, last: -1, this: 0 } as Record<string, number>)[m[2]!.toLowerCase()]!);
      const day = { year, month, day: Math.min(Number(m[1]), daysInMonth(year, month)) };
      return { start: day, end: day, granularity: 'day' };
    }),
  );

/** The readers in the order their spans are preferred when two overlap (longer wins first). */
export const DATE_READERS: readonly DateReader[] = [
  edgeWindows, decades, seasons, periodParts, rollingWindows, daysOfMonth, dayPairs, monthsOfYear, anchoredDays, yearRanges, cutPeriods,
  comingWeekends, yearsTo, earlierLater, daysOfRelativeMonths,
];
