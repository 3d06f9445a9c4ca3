// Stage 1 of reading dates, second half: chrono-node's casual English parser reads what the named
// readers did not ("Dec. 27", "Wednesday", "two years ago", "a week earlier"), with two parsers of
// our own for holidays and calendar periods ("the four-day Christmas weekend", "last week"). Each
// result is placed later, once its direction and anchor are known.
import * as chrono from 'chrono-node';
import { ANCHORED_WORDS, HOLIDAYS, MONTHS } from '../lexicon/calendar';
import {
  addDays, addMonths, dateToDay, dayToDate, daysBetween, daysInMonth, mondayOf, monthSpan, weekday, yearSpan, type CalendarSpan, type Day,
} from './calendar';
import type { Direction } from './direction';
import type { FoundDate, Placed } from './readers';

const TAG_RANGE = 'parallax/range';
const TAG_HOLIDAY = 'parallax/holiday:';
const TAG_WEEKEND = 'parallax/weekend:';
const TAG_DIRECTION = 'parallax/direction:';
const SMALL_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function tagValue(result: chrono.ParsedResult, prefix: string): string | undefined {
  for (const tag of result.tags()) if (tag.startsWith(prefix)) return tag.slice(prefix.length);
  return undefined;
}

// Holidays chrono does not know ("Christmas", "the four-day Christmas weekend"). The match only
// records what was said, in tags; placeHoliday puts it on the calendar with the tense in view.
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
      // Components for chrono's own refiners, which merge and drop results by them.
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

// "last week", "this month", "next year", "last weekend", "the weekend": whole calendar periods,
// which chrono would turn into a single day a week or a month away.
const PERIOD = /(?<![\p{L}\p{N}])(?:(last|this|next|coming)\s+(week|weekend|month|year)|(the)\s+(weekend))(?![\p{L}])/iu;

function periodParser(): chrono.Parser {
  return {
    pattern: () => PERIOD,
    extract: (context, match) => {
      const which = (match[1] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unit = (match[2] ?? match[4] ?? '').toLowerCase();
      const ref = dateToDay(context.refDate);
      // "the weekend" in a weekday report is the one just gone.
      const theWeekend = which === 'the' && weekday(ref) >= 1 && weekday(ref) <= 5 ? -1 : 0;
      const shift = which === 'last' ? -1 : which === 'next' || which === 'coming' ? 1 : theWeekend;
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

const parser = (() => {
  const custom = chrono.casual.clone();
  custom.parsers.unshift(holidayParser(), periodParser());
  return custom;
})();

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
  const span = () => daysBetween(first, last) + 1;
  while (length !== null && span() < length && span() < 7) {
    if (weekendFirst) first = addDays(first, -1);
    else last = addDays(last, 1);
  }
  if (dayToDate(holiday) < dayToDate(first)) first = holiday;
  return [first, last];
}

/** The candidate in the direction given: past = latest at or before `ref`, future = earliest at or after, nearest = closest. */
function pick(candidates: Day[], ref: Day, direction: Direction): Day {
  const at = dayToDate(ref).getTime();
  const time = (d: Day) => dayToDate(d).getTime();
  if (direction === 'future') return candidates.find((d) => time(d) >= at) ?? candidates[candidates.length - 1]!;
  if (direction === 'nearest') return [...candidates].sort((a, b) => Math.abs(time(a) - at) - Math.abs(time(b) - at))[0]!;
  return [...candidates].reverse().find((d) => time(d) <= at) ?? candidates[0]!;
}

function placeHoliday(result: chrono.ParsedResult, name: string, ref: Day, direction: Direction): Placed {
  const rule = HOLIDAYS[name]!;
  const which = tagValue(result, TAG_DIRECTION);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, ...rule(year) }));
  const weekendTag = tagValue(result, TAG_WEEKEND);
  // A holiday weekend still under way, or only just over, is "the" weekend, not last year's.
  const slack = weekendTag === undefined ? 0 : 3;
  const holiday =
    which === 'next' ? candidates.find((d) => dayToDate(d) > dayToDate(ref))!
    : which === 'last' ? [...candidates].reverse().find((d) => dayToDate(d) < dayToDate(ref))!
    // A holiday named with no tense to go by is the nearest one ("Shops close on Good Friday").
    : pick(candidates, addDays(ref, direction === 'past' ? slack : 0), direction === 'past' ? 'nearest' : direction);
  if (weekendTag === undefined) return { start: holiday, end: holiday, granularity: 'day' };
  const [first, last] = holidayWeekend(holiday, Number(weekendTag) || null);
  return { start: first, end: last, granularity: 'range' };
}

/** A month the text names with "last", "next" or "this": relative to the month of publication. */
function monthWithWord(month: number, word: string | undefined, ref: Day, direction: Direction): CalendarSpan {
  const years = [ref.year - 1, ref.year, ref.year + 1];
  if (word === 'this') return monthSpan(ref.year, month);
  // "last February" in February is a year ago; "next March" in March is a year on.
  if (word === 'last') return monthSpan(month < ref.month ? ref.year : ref.year - 1, month);
  if (word === 'next') return monthSpan(month > ref.month ? ref.year : ref.year + 1, month);
  const first = pick(years.map((year) => ({ year, month, day: 1 })), { ...ref, day: 1 }, direction);
  return monthSpan(first.year, month);
}

/** Places one end of a chrono result (its start or its end components). */
function placeComponents(components: chrono.ParsedComponents, text: string, ref: Day, direction: Direction, yearHint?: number, yearless = false): Placed | null {
  const known = (c: chrono.Component) => components.isCertain(c) && !(yearless && c === 'year');
  const relativeWords = /\b(?:yesterday|today|tomorrow|tonight|ago|earlier|later|before|after)\b/i.test(text);
  if (known('day') && known('month')) {
    const month = components.get('month')!;
    const day = components.get('day')!;
    if (known('year') || relativeWords) {
      const d = dateToDay(components.date());
      return { start: d, end: d, granularity: 'day' };
    }
    const years = yearHint !== undefined ? [yearHint] : [ref.year - 1, ref.year, ref.year + 1];
    const d = pick(years.filter((year) => day <= daysInMonth(year, month)).map((year) => ({ year, month, day })), ref, direction);
    return { start: d, end: d, granularity: 'day' };
  }
  if (known('weekday') && !relativeWords) {
    const target = components.get('weekday')!;
    // "next Wednesday" on a Wednesday is a week on, "last Wednesday" a week back.
    const back = (weekday(ref) - target + 7) % 7 || (/\blast\b/i.test(text) ? 7 : 0);
    const forward = (target - weekday(ref) + 7) % 7 || (/\bnext\b/i.test(text) ? 7 : 0);
    const d = direction === 'future' ? addDays(ref, forward) : direction === 'nearest' && forward < back ? addDays(ref, forward) : addDays(ref, -back);
    return { start: d, end: d, granularity: 'day' };
  }
  if (known('month')) {
    const month = components.get('month')!;
    const word = /\b(last|next|this)\b/i.exec(text)?.[1]?.toLowerCase();
    const span = known('year') ? monthSpan(components.get('year')!, month) : yearHint !== undefined ? monthSpan(yearHint, month) : monthWithWord(month, word, ref, direction);
    return { ...span, granularity: 'month' };
  }
  if (known('year') && !known('day')) return { ...yearSpan(components.get('year')!), granularity: 'year' };
  if (!relativeWords && !/\b(?:last|next|this|past|coming)\b/i.test(text)) return null;
  const d = dateToDay(components.date());
  return { start: d, end: d, granularity: 'day' };
}

/** What stage 3 needs to place a chrono result: the publication day, the direction, and a year an earlier date of the sentence gave. */
interface ChronoPlaceInput {
  yearHint?: number;
}

/**
 * Reads chrono's results in a paragraph whose named-reader spans are masked, as found dates.
 * `yearHint(start)` gives the year an earlier date of the same sentence names, for a bare month
 * after it ("Last year's largest … burned in July").
 */
export function chronoDates(masked: string, refDate: Date, hint: (start: number) => ChronoPlaceInput): Array<FoundDate & { result: chrono.ParsedResult }> {
  return parser.parse(masked, { instant: refDate, timezone: 0 }).map((result) => {
    const text = result.text;
    const holiday = tagValue(result, TAG_HOLIDAY);
    // chrono reads "a week earlier" and "the day before" against publication; the text means against the day it is about.
    const anchored = ANCHORED_WORDS.test(text) && result.tags().has('result/relativeDate');
    // "last February", "next January": the word chrono leaves outside a bare month.
    const word = /(next|last|this)[\s\u00A0]+$/i.exec(masked.slice(Math.max(0, result.index - 6), result.index));
    const fixed = result.start.isCertain('year') && !/\b(?:ago|last|next|this|yesterday|today|tomorrow)\b/i.test(text);
    // A range chrono reads in one ("May to November") takes its opener: "from May to November".
    const opener = result.end ? /(?:between|from)[\s\u00A0]+$/i.exec(masked.slice(Math.max(0, result.index - 9), result.index)) : null;
    return {
      start: result.index - (word?.[0].length ?? opener?.[0].length ?? 0),
      end: result.index + text.length,
      reader: holiday ? 'holiday' : 'chrono',
      relative: anchored ? 'anchor' : fixed ? false : 'published',
      result,
      place: ({ ref, direction, anchor, anchorGranularity }) => {
        if (holiday) return placeHoliday(result, holiday, ref, direction);
        if (result.tags().has(TAG_RANGE) && result.end) return { start: dateToDay(result.start.date()), end: dateToDay(result.end.date()), granularity: 'range' };
        if (result.tags().has(TAG_RANGE)) return null;
        if (anchored) {
          // chrono counts "a week earlier" from publication: move the same distance from the anchor.
          // "The year after" and "the month before" are the whole year or month; "a year earlier"
          // is the anchor's day a year back.
          const d = shiftLike(anchor, dateToDay(refDate), dateToDay(result.start.date()));
          if (/^the\s+years?\b/i.test(text)) return { ...yearSpan(d.year), granularity: 'year' };
          if (/^the\s+months?\b/i.test(text)) return { ...monthSpan(d.year, d.month), granularity: 'month' };
          // "In September … a year earlier": as precise as the date it counts from.
          if (anchorGranularity === 'month') return { ...monthSpan(d.year, d.month), granularity: 'month' };
          if (anchorGranularity === 'year') return { ...yearSpan(d.year), granularity: 'year' };
          return { start: d, end: d, granularity: 'day' };
        }
        const { yearHint } = hint(result.index);
        const shown = `${word?.[1] ?? ''} ${text}`;
        const start = placeComponents(result.start, shown, ref, direction, yearHint);
        if (!start || !result.end) return start;
        // A range chrono read in one ("May to November", "March 3-9"): both ends in one direction,
        // the end's year certain only if the start's is.
        const yearless = !result.start.isCertain('year');
        const end = placeComponents(result.end, shown, ref, direction, yearHint, yearless);
        if (!end) return start;
        let first = start;
        let last = end;
        if (dayToDate(last.end) < dayToDate(first.start)) {
          if (direction === 'future') last = shiftYear(last, 1);
          else first = shiftYear(first, -1);
        }
        return { start: first.start, end: last.end, granularity: 'range' };
      },
    };
  });
}

/** `anchor` moved as `to` is from `from`: by whole months when they share a day of the month (a year back is Aug 7 to Aug 7), else by days. */
function shiftLike(anchor: Day, from: Day, to: Day): Day {
  if (from.day === to.day && (from.month !== to.month || from.year !== to.year)) return addMonths(anchor, (to.year - from.year) * 12 + to.month - from.month);
  return addDays(anchor, daysBetween(from, to));
}

const shiftYear = (placed: Placed, years: number): Placed => ({
  ...placed,
  start: { ...placed.start, year: placed.start.year + years },
  end: { ...placed.end, year: placed.end.year + years, day: Math.min(placed.end.day, daysInMonth(placed.end.year + years, placed.end.month)) },
});

/** Month words chrono reads, for the rules that judge a month in a name. */
export const MONTH_WORDS = new Set(Object.keys(MONTHS));
