// Date expressions resolved against the publication date. chrono-node finds and reads them; its
// own choice of year or week is replaced by the news convention: a bare weekday, month or
// day-of-month is the nearest one at or before publication, unless the clause speaks of the
// future ("will meet on Friday"), then the nearest at or after.
import * as chrono from 'chrono-node';
import { FUTURE_CUES, HOLIDAYS, NEAR_FUTURE_CUES } from './lexicon/calendar';
import { overlaps, sentenceAt, sentencesOf, spanOf } from '../text';
import type { ArticleContext, DateFact, DateGranularity, Paragraph, Span } from './types';

/** A calendar day as numbers (month 1-based). */
interface Day {
  year: number;
  month: number;
  day: number;
}

/** A date expression before it gets an id. */
export type DateReading = Omit<DateFact, 'id' | 'article' | 'kind'>;

const TAG_RANGE = 'parallax/range';

function dayToDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

function dateToDay(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function addDays(d: Day, days: number): Day {
  return dateToDay(new Date(dayToDate(d).getTime() + days * 86_400_000));
}

function weekday(d: Day): number {
  return dayToDate(d).getUTCDay();
}

function iso(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday of the week containing `d` (news weeks run Monday to Sunday). */
function mondayOf(d: Day): Day {
  return addDays(d, -((weekday(d) + 6) % 7));
}

function parsePublished(published: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? { year: 1970, month: 1, day: 1 } : dateToDay(date);
}

// The weekend around a holiday: the Saturday and Sunday nearest to it plus the days between,
// stretched at the weekend's far end to the stated length ("four-day Christmas weekend" with
// Christmas on a Monday is Friday to Monday).
function holidayWeekend(holiday: Day, length: number | null): [Day, Day] {
  const wd = weekday(holiday);
  const offsetToSaturday = wd === 0 ? -1 : wd <= 3 ? -(wd + 1) : 6 - wd;
  const saturday = addDays(holiday, offsetToSaturday);
  const sunday = addDays(saturday, 1);
  let first = holiday.year === saturday.year && dayToDate(holiday) < dayToDate(saturday) ? holiday : saturday;
  let last = dayToDate(holiday) > dayToDate(sunday) ? holiday : sunday;
  const weekendFirst = dayToDate(saturday) <= dayToDate(holiday);
  const span = () => Math.round((dayToDate(last).getTime() - dayToDate(first).getTime()) / 86_400_000) + 1;
  while (length !== null && span() < length && span() < 7) {
    if (weekendFirst) first = addDays(first, -1);
    else last = addDays(last, 1);
  }
  if (dayToDate(holiday) < dayToDate(first)) first = holiday;
  return [first, last];
}

const SMALL_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// Holidays chrono does not know ("Christmas", "the four-day Christmas weekend"). The match only
// records what was said, in tags; readResult places it on the calendar with the tense in view.
const TAG_HOLIDAY = 'parallax/holiday:';
const TAG_WEEKEND = 'parallax/weekend:';
const TAG_DIRECTION = 'parallax/direction:';

function holidayParser(): chrono.Parser {
  const names = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((n) => n.replace(/['’]/g, "['’]").replace(/\./g, '\\.').replace(/ /g, '\\s+'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(the|this|last|next)\\s+)?(?:(\\d|two|three|four|five|six|seven|eight|nine|ten)[-\\s]day\\s+)?(${names.join('|')})(\\s+(?:holiday\\s+)?weekend)?(?![\\p{L}])`,
    'iu',
  );
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const name = (match[3] ?? '').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      if (!HOLIDAYS[name]) return null;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      // Components for chrono's own refiners, which merge and drop results by them; the
      // calendar day is settled later in readHoliday.
      const ref = dateToDay(context.refDate);
      result.start = context.createParsingComponents({ ...HOLIDAYS[name]!(ref.year) });
      result.start.imply('year', ref.year);
      result.addTag(TAG_HOLIDAY + name);
      const direction = match[1]?.toLowerCase();
      if (direction === 'last' || direction === 'next') result.addTag(TAG_DIRECTION + direction);
      if (match[4]) {
        const lengthWord = match[2]?.toLowerCase();
        result.addTag(TAG_WEEKEND + (lengthWord ? (SMALL_NUMBERS[lengthWord] ?? Number(lengthWord)) : 0));
      }
      return result;
    },
  };
}

function tagValue(result: chrono.ParsedResult, prefix: string): string | undefined {
  for (const tag of result.tags()) if (tag.startsWith(prefix)) return tag.slice(prefix.length);
  return undefined;
}

function readHoliday(result: chrono.ParsedResult, name: string, ref: Day, future: boolean): { start: Day; end: Day; granularity: DateGranularity; relative: boolean } {
  const rule = HOLIDAYS[name]!;
  const direction = tagValue(result, TAG_DIRECTION);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, ...rule(year) }));
  const weekendTag = tagValue(result, TAG_WEEKEND);
  // A holiday weekend still under way, or only just over, is "the" weekend, not last year's.
  const slack = weekendTag === undefined ? 0 : 3;
  const holiday =
    direction === 'next' ? candidates.find((d) => dayToDate(d) > dayToDate(ref))!
    : direction === 'last' ? [...candidates].reverse().find((d) => dayToDate(d) < dayToDate(ref))!
    : resolvePast(candidates, future, addDays(ref, slack));
  if (weekendTag === undefined) return { start: holiday, end: holiday, granularity: 'day', relative: true };
  const [first, last] = holidayWeekend(holiday, Number(weekendTag) || null);
  return { start: first, end: last, granularity: 'range', relative: true };
}

// "last week", "this month", "next year", "last weekend": whole calendar periods, which chrono
// would turn into a single day a week or a month away.
const PERIOD = /(?<![\p{L}\p{N}])(?:(last|this|next|past|coming|earlier\s+this|later\s+this)\s+(week|weekend|month|year)|(the)\s+(weekend))(?![\p{L}])/iu;

function periodParser(): chrono.Parser {
  return {
    pattern: () => PERIOD,
    extract: (context, match) => {
      const which = (match[1] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unit = (match[2] ?? match[4] ?? '').toLowerCase();
      const ref = dateToDay(context.refDate);
      // "the weekend" in a weekday report is the one just gone.
      const theWeekend = which === 'the' && weekday(ref) >= 1 && weekday(ref) <= 5 ? -1 : 0;
      const shift = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : theWeekend;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      if (unit === 'year') {
        result.start = context.createParsingComponents({ year: ref.year + shift });
        return result;
      }
      if (unit === 'month') {
        const index = ref.year * 12 + ref.month - 1 + shift;
        result.start = context.createParsingComponents({ year: Math.floor(index / 12), month: (index % 12) + 1 });
        return result;
      }
      const monday = addDays(mondayOf(ref), 7 * shift);
      const first = unit === 'weekend' ? addDays(monday, 5) : monday;
      const lastDay = addDays(monday, 6);
      result.start = context.createParsingComponents({ year: first.year, month: first.month, day: first.day });
      result.end = context.createParsingComponents({ year: lastDay.year, month: lastDay.month, day: lastDay.day });
      result.addTag(TAG_RANGE);
      return result;
    },
  };
}

// A year on its own ("in 2019", "the 2020 election"), but not a count ("2000 people"). chrono
// drops matches that are bare numbers, so years are found outside it.
const YEAR = /(?<![\p{L}\p{N},.$€£-])(?:1[89]\d\d|20\d\d)(?![\p{N}%]|[.,]\d|\s*(?:percent|per\s+cent|people|\p{L}+s\b))/gu;

const parser = (() => {
  const custom = chrono.casual.clone();
  custom.parsers.unshift(holidayParser(), periodParser());
  return custom;
})();

// Cheap test that a paragraph might hold a date, so chrono only reads those that might.
const MAYBE_DATE = /\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tonight|ago|christmas|easter|thanksgiving|halloween|eve|juneteenth/i;

// Leading prepositions chrono includes in its match but a reader does not see as the date.
const LEADING_WORDS = /^(?:(?:on|in|at|since|by|during|from|until|till|before|after|of|for|earlier|later)\s+)+/i;

const DURATION = /(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|couple))\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|^the\s+(?:day|week|month|year)\s+(?:after|before)\b/i;

/** Words that make a chrono match too vague to place on a calendar. */
const VAGUE = /^(?:now|right now|currently|recently|soon|lately)$/i;

function resolvePast(past: Day[], future: boolean, ref: Day): Day {
  return future ? past.find((d) => dayToDate(d) >= dayToDate(ref)) ?? past[past.length - 1]! : [...past].reverse().find((d) => dayToDate(d) <= dayToDate(ref)) ?? past[0]!;
}

function readResult(result: chrono.ParsedResult, ref: Day, future: boolean): { start: Day; end: Day; granularity: DateGranularity; relative: boolean } | null {
  const start = result.start;
  const known = (c: chrono.Component) => start.isCertain(c);
  const text = result.text.toLowerCase();
  const relativeWords = /\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|past|coming|earlier|later)\b/.test(text);
  const holiday = tagValue(result, TAG_HOLIDAY);
  if (holiday) return readHoliday(result, holiday, ref, future);
  if (result.tags().has(TAG_RANGE) && result.end) {
    return { start: dateToDay(start.date()), end: dateToDay(result.end.date()), granularity: 'range', relative: !known('year') || relativeWords };
  }
  if (result.tags().has(TAG_RANGE)) return null;
  const hasDate = known('day') || known('weekday') || known('month') || known('year');
  if (!hasDate && !relativeWords) return null;
  let startDay: Day;
  let granularity: DateGranularity;
  if (known('day') && known('month')) {
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (known('year') || relativeWords) startDay = dateToDay(start.date());
    else startDay = resolvePast([ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, month, day })), future, ref);
    granularity = 'day';
  } else if (known('weekday') && !relativeWords) {
    const target = start.get('weekday')!;
    const back = (weekday(ref) - target + 7) % 7;
    startDay = future ? addDays(ref, (target - weekday(ref) + 7) % 7) : addDays(ref, -back);
    granularity = 'day';
  } else if (known('month')) {
    const month = start.get('month')!;
    const year = known('year') ? start.get('year')! : resolvePast([ref.year - 1, ref.year, ref.year + 1].map((y) => ({ year: y, month, day: 1 })), future, { ...ref, day: 1 }).year;
    startDay = { year, month, day: 1 };
    const endDay = { year, month, day: daysInMonth(year, month) };
    return finish(startDay, endDay, 'month');
  } else if (known('year') && !known('day')) {
    const year = start.get('year')!;
    return finish({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, 'year');
  } else {
    startDay = dateToDay(start.date());
    granularity = 'day';
  }
  if (result.end) return finish(startDay, dateToDay(result.end.date()), 'range');
  return finish(startDay, startDay, granularity);

  function finish(s: Day, e: Day, g: DateGranularity) {
    return { start: s, end: e, granularity: g, relative: !known('year') || relativeWords };
  }
}

/** Finds every date expression in the paragraphs, resolved against the publication date. */
export function extractDates(paragraphs: Paragraph[], context: Pick<ArticleContext, 'published'>): DateReading[] {
  const ref = parsePublished(context.published);
  const refDate = dayToDate(ref);
  const readings: DateReading[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (!MAYBE_DATE.test(text)) continue;
    const sentences = sentencesOf(text);
    // "now" is too vague to date, and chrono would fold it into a neighbouring weekday; blanking
    // it keeps every other offset in place.
    const masked = text.replace(/\bnow\b/gi, '   ');
    for (const result of parser.parse(masked, { instant: refDate, timezone: 0 })) {
      let start = result.index;
      let end = result.index + result.text.length;
      const raw = text.slice(start, end);
      const lead = LEADING_WORDS.exec(raw);
      if (lead && lead[0].length < raw.length) start += lead[0].length;
      while (end > start && /[\s,.;:)(—–-]/.test(text[end - 1]!) && !/\b(?:\p{L}{2,4}\.|[ap]\.m\.)$/u.test(text.slice(start, end))) end--;
      // chrono leaves "next" and "last" outside a bare month ("next January"), yet they belong to it.
      const direction = /(?:next|last|this)[\s\u00A0]+$/i.exec(text.slice(Math.max(0, start - 6), start));
      if (direction) start -= direction[0].length;
      const shown = text.slice(start, end);
      if (!shown || VAGUE.test(shown.trim())) continue;
      // "may" and "march" as verbs: a month name needs its capital.
      if (/\b(?:may|march)\b/.test(shown)) continue;
      // Durations ("for 22 years", "four minutes after") are figures, not dates; "two years ago" is a date.
      if (DURATION.test(shown) && !/\bago\b/i.test(shown)) continue;
      const sentence = sentenceAt(sentences, start);
      const clause = text.slice(Math.max(sentence.start, start - 120), start);
      const ownClause = clause.slice(clause.search(/[^,;—]*$/)) || clause;
      const future = FUTURE_CUES.test(ownClause) || NEAR_FUTURE_CUES.test(ownClause) || /^next\b/i.test(shown);
      // "Last year's largest … burned in July": a bare month takes the year an earlier date in its sentence gave.
      const anchor = [...readings].reverse().find((r) => r.mentions[0].paragraph === paragraph.index && r.mentions[0].start >= sentence.start && r.granularity === 'year');
      const anchoredRef = anchor && !result.start.isCertain('year') && result.start.isCertain('month') ? { year: Number(anchor.start.slice(0, 4)), month: 12, day: 31 } : ref;
      const read = readResult(result, anchoredRef, future && anchoredRef === ref);
      if (!read) continue;
      const mention: Span = spanOf(paragraph.index, text, start, end);
      readings.push({ mentions: [mention], granularity: read.granularity, start: iso(read.start), end: iso(read.end), relative: read.relative });
    }
    for (const match of text.matchAll(YEAR)) {
      const start = match.index;
      const end = start + match[0].length;
      if (readings.some((r) => r.mentions[0].paragraph === paragraph.index && overlaps(start, end, r.mentions[0].start, r.mentions[0].end))) continue;
      const year = Number(match[0]);
      readings.push({ mentions: [spanOf(paragraph.index, text, start, end)], granularity: 'year', start: `${year}-01-01`, end: `${year}-12-31`, relative: false });
    }
  }
  return readings.sort((a, b) => a.mentions[0].paragraph - b.mentions[0].paragraph || a.mentions[0].start - b.mentions[0].start);
}

/** Spans of times of day ("3 p.m.", "10:30"), which are neither dates nor figures. */
export const TIME_OF_DAY = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/gi;
