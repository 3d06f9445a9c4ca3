// Stage 2 of reading dates: expressions that look like dates and are not. Each rule is a named
// function of one found date in its paragraph; the first that matches says why it is left out.
import { overlaps } from '../../text';
import { FUTURE_CUES, MONTHS, SEASONS, WEEKDAYS } from '../lexicon/calendar';

/** What a rule sees of a found date. */
export interface DateCandidate {
  start: number;
  end: number;
  /** The paragraph's text. */
  text: string;
  reader: string;
  /** Spans of people's names in the paragraph. */
  names: ReadonlyArray<readonly [number, number]>;
}

/** A rule: true when the expression is not a date. */
export type NotDateRule = (candidate: DateCandidate) => boolean;

const shown = (c: DateCandidate) => c.text.slice(c.start, c.end);
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), 'today', 'tonight', 'tomorrow', 'yesterday']);

/** Part of a person's name: "Prime Minister Theresa May", "Senator April Ryan". */
export const inPersonName: NotDateRule = (c) => c.names.some(([s, e]) => overlaps(c.start, c.end, s, e));

/** A month or weekday word in lower case is a verb or a modal: "She sat down", "the band may play", "they march". */
export const lowerCaseWord: NotDateRule = (c) => {
  const words = shown(c).match(/[\p{L}]+/gu) ?? [];
  const calendar = words.filter((w) => CALENDAR_WORDS.has(w.toLowerCase()) && !/^(?:today|tonight|tomorrow|yesterday|spring|summer|autumn|fall|winter)$/i.test(w));
  return calendar.length > 0 && calendar.every((w) => /^\p{Ll}/u.test(w)) && !/\d/.test(shown(c));
};

/**
 * A calendar word inside a name: "Women's March", "USA Today", "the Arab Spring". The word is
 * capitalised, a capitalised word (not a weekday, month or sentence start) stands right before
 * it, and no day or year follows.
 */
export const inName: NotDateRule = (c) => {
  const words = shown(c).match(/\S+/g) ?? [];
  if (words.length !== 1 || !/^\p{Lu}/u.test(words[0]!) || /\d/.test(shown(c))) return false;
  // "Today", "Tomorrow" capitalised inside a sentence are always part of a name ("USA Today").
  const opens = /(?:^|[.!?]["”’)]?[\s\u00A0]+)["“‘(]?$/u.test(c.text.slice(0, c.start));
  if (/^(?:today|tonight|tomorrow|yesterday)$/i.test(words[0]!)) return !opens;
  const before = /(\p{Lu}[\p{L}.]*(?:['’]s)?)[\s\u00A0]+$/u.exec(c.text.slice(Math.max(0, c.start - 30), c.start));
  if (!before) return false;
  const previous = before[1]!.replace(/['’]s$/, '').toLowerCase().replace(/\.$/, '');
  const opensSentence = /(?:^|[.!?:"“(]\s*)$/.test(c.text.slice(0, c.start - before[0].length).trimEnd().slice(-2));
  if (opensSentence && !/['’]s$/.test(before[1]!)) return false;
  return !(previous in MONTHS) && !(previous in WEEKDAYS) && !/^\d/.test(c.text.slice(c.end).trimStart());
};

/** A period the text does not place: "in the month", "in the year", "the hours before the vote". */
export const unplacedPeriod: NotDateRule = (c) => /^(?:in\s+|during\s+|for\s+)?the\s+(?:day|week|month|year|hours?|minutes?|night|morning|evening)s?$/i.test(shown(c).trim());

/** A span of time ("for 22 years", "four minutes after", "a second viewing"), which is a figure; "two years ago" is a date. */
export const duration: NotDateRule = (c) =>
  /(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|couple))\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i.test(shown(c)) &&
  !/\b(?:ago|earlier|later|before|after|prior)\b/i.test(shown(c)) &&
  c.reader === 'chrono';

/**
 * Counted from an event, not a date: "four minutes after the kickoff", "two days before the
 * vote". ("Two days later," and "a week earlier" count from a date, and stay.)
 */
export const fromAnEvent: NotDateRule = (c) =>
  /\b(?:before|after|prior\s+to)$/i.test(shown(c).trim()) && /^[\s\u00A0]+(?:the|a|an|his|her|their|its|our|this|that|\p{Lu}|\p{Ll}+ing\b)/u.test(c.text.slice(c.end, c.end + 12));

/** A rate: "Sh27,000 a month before deductions", "$15 an hour", "twice a year". */
export const rate: NotDateRule = (c) =>
  /^(?:a|an|per|each|every)\s+(?:day|week|month|year)(?:\s+(?:before|after))?$/i.test(shown(c).trim()) && /(?:\d|\b(?:thousand|million|billion|hundred|twice|once|times))\S*[\s\u00A0]*$/i.test(c.text.slice(Math.max(0, c.start - 20), c.start));

// Month abbreviations that are also words or name parts ("Zambujeira do Mar", "Sept" alone).
const ABBREVIATED_MONTH = new RegExp(`^(?:${Object.keys(MONTHS).filter((m) => m.length <= 4 && !['may', 'june', 'july'].includes(m)).join('|')})\\.?$`, 'i');
/** A month abbreviation with no day or year after it: "do Mar.", "the Jan. figures" are not dates written that way. */
export const loneAbbreviation: NotDateRule = (c) => ABBREVIATED_MONTH.test(shown(c).trim()) && !/^[\s\u00A0]*\d/.test(c.text.slice(c.end));

/** "opening weekend", "the biggest weekend": a weekend no word places. */
export const unplacedWeekend: NotDateRule = (c) =>
  /^weekends?$/i.test(shown(c).trim()) && !/(?:^|[^\p{L}])(?:this|last|next|the|coming|past|that|on|at|over|during)[\s\u00A0]+$/iu.test(c.text.slice(Math.max(0, c.start - 12), c.start));

// A month or season used as a describing word, not a time: "the hottest June day on record", "the
// previous June record", "short of summer staff". A season before a noun is always such a word;
// a month only after a superlative or a word of comparison ("June sales rose" is a date).
const COMPARING = /(?:\p{L}+est|most|every|each|any|a|an|typical|average|normal|previous|record)[\s\u00A0]+$/iu;
const FOLLOWING_NOUN = /^[\s\u00A0]+(\p{Ll}{3,})(?![\p{L}'’-])/u;
const NOT_NOUNS = new Set([
  'and', 'but', 'for', 'the', 'nor', 'yet', 'when', 'with', 'from', 'into', 'onto', 'that', 'this', 'than', 'then', 'after', 'before', 'until', 'through', 'since', 'because', 'while', 'where', 'which', 'who',
  'are', 'was', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'saw', 'brought', 'arrived', 'began', 'ended', 'came', 'comes', 'looks', 'seems',
]);
export const describingWord: NotDateRule = (c) => {
  const word = shown(c).trim().toLowerCase();
  const next = FOLLOWING_NOUN.exec(c.text.slice(c.end, c.end + 24))?.[1];
  if (!next || NOT_NOUNS.has(next) || /(?:ed|ing)$/.test(next)) return false;
  // "will represent the festival at a series of summer concerts": next summer's, a time.
  if (word in SEASONS) return !FUTURE_CUES.test(c.text.slice(Math.max(0, c.start - 120), c.start).split(/[.!?][\s\u00A0]/).pop()!);
  return word in MONTHS && COMPARING.test(c.text.slice(Math.max(0, c.start - 20), c.start));
};

/** "24/7", "9/11" without a year: news prose writes dates out; a bare slash pair is a rate, a score or a name. */
export const slashPair: NotDateRule = (c) => /^\d{1,2}\/\d{1,2}$/.test(shown(c).trim());

/** Words too vague to place on a calendar ("now", "recently", "soon", "the last year and a half"). */
export const vague: NotDateRule = (c) =>
  /^(?:now|right now|currently|recently|soon|lately)$/i.test(shown(c).trim()) || /^[\s\u00A0]+(?:and|or)[\s\u00A0]+(?:a[\s\u00A0]+half|so)\b/i.test(c.text.slice(c.end, c.end + 14));

/** The rules in the order they are tried, each with the reason it gives. */
export const NOT_DATE_RULES: ReadonlyArray<readonly [string, NotDateRule]> = [
  ['part of a name of a person', inPersonName],
  ['a verb or modal', lowerCaseWord],
  ['part of a name', inName],
  ['an unplaced period', unplacedPeriod],
  ['a duration', duration],
  ['counted from an event', fromAnEvent],
  ['too vague', vague],
  ['a rate', rate],
  ['a lone month abbreviation', loneAbbreviation],
  ['an unplaced weekend', unplacedWeekend],
  ['a describing word', describingWord],
  ['a slash pair', slashPair],
];

/** Why a found date is not a date, or undefined when it is one. */
export function notDateReason(candidate: DateCandidate): string | undefined {
  return NOT_DATE_RULES.find(([, rule]) => rule(candidate))?.[0];
}
