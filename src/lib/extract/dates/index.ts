// Date expressions resolved against the publication date, in named stages:
//   1. readers.ts and chrono.ts  find every expression: ranges, parts, seasons, decades, rolling
//                                windows, days of the month and anchored days by our readers;
//                                the rest by chrono-node, with our spans masked;
//   2. notDates.ts               drop what only looks like a date (names, verbs, unplaced periods);
//   3. ranges                    join "from May to November", "between March 3 and March 9";
//   4. direction.ts, then place  put each on the calendar in reading order: its direction from
//                                its clause, and for "a week earlier" its anchor, the nearest
//                                date placed before it in the sentence, else the paragraph, else
//                                publication.
import { sentenceAt, sentencesOf, spanOf } from '../../text';
import { DEFAULT_FISCAL_YEAR_START, FISCAL_YEAR_STARTS, HOLIDAYS, MONTHS, RELATIVE_WORDS, SEASONS, SOUTHERN_PLACES, WEEKDAYS } from '../lexicon/calendar';
import type { ArticleContext, DateFact, Paragraph } from '../types';
import { addDays, compareDays, dayToDate, iso, parseDay, yearSpan, type Day } from './calendar';
import { chronoDates } from './chrono';
import { directionAt, type Direction } from './direction';
import { notDateReason } from './notDates';
import { DATE_READERS, fiscalYears, quarters, type FoundDate, type Placed } from './readers';

/** A date expression before it gets an id. */
export type DateReading = Omit<DateFact, 'id' | 'article' | 'kind'>;

/** Character ranges per paragraph index that are people's names, which hold no dates. */
export type NameRanges = Map<number, Array<[number, number]>>;

/** What the date reader knows about the article besides its text. */
export type DateInputs = Pick<ArticleContext, 'published' | 'dateline'> & { names?: NameRanges };

// Cheap test that a paragraph might hold a date, derived from the calendar lexicon.
const MAYBE_DATE = new RegExp(
  String.raw`\d|\b(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), ...RELATIVE_WORDS, ...Object.keys(HOLIDAYS).map((h) => h.split(' ')[0]!.replace(/['’.]/g, '')), 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'fiscal', 'quarter'].join('|')})\b|['’]\d0s`,
  'i',
);
// Leading prepositions chrono includes in its match but a reader does not see as the date.
const LEADING_WORDS = /^(?:(?:on|in|at|since|by|during|from|until|till|before|after|of|for)\s+)+/i;
const dashes = /^[\s\u00A0]*(?:to|through|thru|until|till|and|–|—|-)[\s\u00A0]*$/i;

const mentionsSouth = (dateline: string | undefined) => !!dateline && [...SOUTHERN_PLACES].some((place) => new RegExp(`(?:^|[^\\p{L}])${place}(?![\\p{L}])`, 'iu').test(dateline));
/** The month the dateline's fiscal year starts in, if the lexicon knows the place. */
function knownFiscalStart(dateline: string | undefined): number | undefined {
  const place = dateline && Object.keys(FISCAL_YEAR_STARTS).find((p) => new RegExp(`(?:^|[^\\p{L}])${p.replace('.', '\\.')}(?![\\p{L}])`, 'iu').test(dateline));
  return place ? FISCAL_YEAR_STARTS[place]! : undefined;
}
// Quarters are fiscal when the article reckons in fiscal or full years and the dateline says
// when those start ("NAGOYA": April); otherwise calendar quarters.
const FISCAL_TALK = /\b(?:fiscal|financial\s+year|full[\s-]year)\b/i;

/** Keeps the longest of overlapping found dates. */
function withoutOverlaps<T extends { start: number; end: number }>(found: T[]): T[] {
  const kept: T[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// A year on its own ("in 2019", "the 2020 election"), but not a count ("2000 people").
const YEAR = /(?<![\p{L}\p{N},.$€£-])(?:1[89]\d\d|20\d\d)(?![\p{N}%]|[.,]\d|\s*(?:percent|per\s+cent|people|\p{L}+s\b))/gu;

function bareYears(text: string): FoundDate[] {
  return [...text.matchAll(YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    reader: 'year',
    relative: false as const,
    place: () => ({ ...yearSpan(Number(m[0])), granularity: 'year' as const }),
  }));
}

/** A found date with its span trimmed and its direction settled. */
interface Candidate extends FoundDate {
  direction: Direction;
  /** Index of the date it is joined to as the end of a range. */
  rangeEnd?: Candidate;
  weekdayOnly?: boolean;
}

/** Finds every date expression in the paragraphs, resolved against the publication date. */
export function extractDates(paragraphs: readonly Paragraph[], context: DateInputs): DateReading[] {
  const ref = parseDay(context.published);
  const refDate = dayToDate(ref);
  const southern = mentionsSouth(context.dateline);
  const fiscal = knownFiscalStart(context.dateline);
  const quarterStart = fiscal !== undefined && paragraphs.some((p) => FISCAL_TALK.test(p.text)) ? fiscal : 1;
  const readers = [...DATE_READERS, fiscalYears(fiscal ?? DEFAULT_FISCAL_YEAR_START), quarters(quarterStart)];
  // The last date each reader placed, for "the quarter" after "the first quarter".
  const lastPlaced = new Map<string, Placed>();
  const previous = (reader: string) => lastPlaced.get(reader);
  const readings: DateReading[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (!MAYBE_DATE.test(text)) continue;
    const sentences = sentencesOf(text);
    const names = context.names?.get(paragraph.index) ?? [];

    // Stage 1: our readers first; chrono over what they left, "now" blanked so it is not folded
    // into a neighbouring weekday; bare years last.
    const own = withoutOverlaps(readers.flatMap((read) => read(text)));
    let masked = text.replace(/\bnow\b/gi, (w) => ' '.repeat(w.length));
    for (const f of own) masked = masked.slice(0, f.start) + ' '.repeat(f.end - f.start) + masked.slice(f.end);
    const placedYears = new Map<number, number>();
    const fromChrono = chronoDates(masked, refDate, (at) => {
      const sentence = sentenceAt(sentences, at);
      const year = [...placedYears].filter(([start]) => start >= sentence.start && start < at).pop()?.[1];
      return year === undefined ? {} : { yearHint: year };
    }).map((f): FoundDate & { weekdayOnly: boolean } => {
      let { start, end } = f;
      const raw = text.slice(start, end);
      // A range keeps its opener ("from May to November"); other dates lose their preposition.
      const lead = f.result.end && /^(?:from|between)\s/i.test(raw) ? null : LEADING_WORDS.exec(raw);
      if (lead && lead[0].length < raw.length) start += lead[0].length;
      while (end > start && /[\s,.;:)(—–-]/.test(text[end - 1]!) && !/\b(?:\p{L}{2,4}\.|[ap]\.m\.)$/u.test(text.slice(start, end))) end--;
      const weekdayOnly = f.result.start.isCertain('weekday') && !f.result.start.isCertain('day') && !f.result.start.isCertain('month');
      return { ...f, start, end, weekdayOnly };
    });
    const found = withoutOverlaps([...own, ...fromChrono, ...bareYears(text)]);

    // Stage 2: what only looks like a date.
    const dates = found.filter((f) => f.end > f.start && !notDateReason({ start: f.start, end: f.end, text, reader: f.reader, names }));

    // Stage 3: "from May to November", "between March 3 and March 9" are one range.
    const candidates: Candidate[] = dates.map((f) => ({ ...f, direction: 'past' as Direction }));
    for (let i = 0; i + 1 < candidates.length; i++) {
      const [a, b] = [candidates[i]!, candidates[i + 1]!];
      const link = text.slice(a.end, b.start);
      if (!dashes.test(link)) continue;
      const opener = /\b(between|from)[\s\u00A0]+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
      if (/and/i.test(link) && opener?.[1]?.toLowerCase() !== 'between') continue;
      if (!opener && !/[–—-]/.test(link)) continue;
      if (opener) a.start -= opener[0].length;
      a.rangeEnd = b;
      candidates.splice(i + 1, 1);
    }

    // Stage 4: direction and placing, in reading order so anchors are placed first.
    const placed: Array<{ start: number; day: Day; sentence: number; granularity: Placed['granularity'] }> = [];
    for (const c of candidates) {
      const sentence = sentenceAt(sentences, c.start);
      const shown = text.slice(c.start, (c.rangeEnd ?? c).end);
      c.direction = directionAt(text, sentence, c.start, shown);
      const earlier = placed.filter((p) => p.start < c.start);
      const inSentence = earlier.filter((p) => p.sentence === sentence.start).pop();
      const anchorFrom = inSentence ?? earlier.pop();
      const anchor = anchorFrom?.day ?? ref;
      const where = { ref, direction: c.direction, anchor, southern, previous, ...(anchorFrom ? { anchorGranularity: anchorFrom.granularity } : {}) };
      let span = c.place(where);
      if (c.rangeEnd && span) {
        const end = c.rangeEnd.place(where);
        if (end) span = joinRange(span, end, c.direction, !!c.weekdayOnly && !!c.rangeEnd.weekdayOnly);
      }
      if (!span) continue;
      lastPlaced.set(c.reader, span);
      let end = c.rangeEnd?.end ?? c.end;
      // "between March and August that year": the year of the date the sentence is about.
      const sameYear = /^[\s\u00A0]+(?:that|the\s+same)\s+year\b/i.exec(text.slice(end));
      if (sameYear && anchorFrom && span.granularity !== 'year') {
        const shift = anchorFrom.day.year - span.start.year;
        span = { ...span, start: { ...span.start, year: span.start.year + shift }, end: { ...span.end, year: span.end.year + shift } };
        end += sameYear[0].length;
        c.relative = 'anchor';
      }
      const reading: DateReading = {
        mentions: [spanOf(paragraph.index, text, c.start, end)],
        granularity: span.granularity,
        start: iso(span.start),
        end: iso(span.end),
        relative: c.relative !== false || (c.rangeEnd !== undefined && c.rangeEnd.relative !== false),
      };
      if (c.relative === 'anchor') reading.anchor = { date: iso(anchor), from: anchorFrom ? 'text' : 'published' };
      else if (c.relative === 'published') reading.anchor = { date: iso(ref), from: 'published' };
      readings.push(reading);
      placed.push({ start: c.start, day: span.start, sentence: sentence.start, granularity: span.granularity });
      // "Last year's largest … burned in July": a year the sentence names relative to publication
      // gives a bare month after it its year.
      if (span.granularity === 'year' && c.relative === 'published') placedYears.set(c.start, span.start.year);
    }
  }
  return readings.sort((a, b) => a.mentions[0].paragraph - b.mentions[0].paragraph || a.mentions[0].start - b.mentions[0].start);
}

/** Two placed dates as one range, both ends read in one direction: the end never comes before the start. */
function joinRange(first: Placed, last: Placed, direction: Direction, weekdays: boolean): Placed {
  let [a, b] = [first, last];
  if (compareDays(b.end, a.start) < 0) {
    // "from Monday to Friday" moves by a week; "from May to November" by a year.
    const step = (p: Placed, sign: number): Placed =>
      weekdays
        ? { ...p, start: addDays(p.start, 7 * sign), end: addDays(p.end, 7 * sign) }
        : { ...p, start: { ...p.start, year: p.start.year + sign }, end: { ...p.end, year: p.end.year + sign } };
    if (direction === 'future') b = step(b, 1);
    else a = step(a, -1);
  }
  return { start: a.start, end: b.end, granularity: 'range' };
}

/** Spans of times of day ("3 p.m.", "10:30"), which are neither dates nor figures. */
export const TIME_OF_DAY = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/gi;
