// Stage 2 of reading figures: numbers that are not reported quantities. Each rule is a named
// function of one number in its paragraph; the first that matches says why the number is left
// out. Dates and times of day are blocked before this stage (their ranges arrive in `blocked`).
import { overlaps } from '../../text';
import type { TaggedToken } from '../grammar';
import { isTimeUnit, isPersonish } from './words';
import type { NumberToken } from './numbers';

/** What a rule sees: the number, its paragraph's text and the tagged words of its sentence. */
export interface NumberContext {
  token: NumberToken;
  text: string;
  /** The text before the number in its paragraph (up to {@link LOOK_BEHIND} characters). */
  before: string;
  /** The text after the number (up to {@link LOOK_AHEAD} characters). */
  after: string;
  /** Tagged words of the number's sentence. */
  words: TaggedToken[];
  /** Ranges of the paragraph that hold dates and times of day. */
  blocked: ReadonlyArray<readonly [number, number]>;
  /** True in a table row. */
  inTable: boolean;
}

/** How far back and ahead of a number the rules look: a clause's worth. */
export const LOOK_BEHIND = 60;
export const LOOK_AHEAD = 60;

/** A rule: returns true when the number is not a figure. */
export type NotFigureRule = (context: NumberContext) => boolean;

const bare = (token: NumberToken) => !token.spelled && !token.currency && !token.percent && token.scale === 1 && !token.fraction;
const integer = (context: NumberContext) => /^\d+$/.test(context.text.slice(context.token.start, context.token.end));
/** The tagged word right after the number, skipping nothing. */
const wordAfter = (context: NumberContext) => context.words.find((w) => w.start >= context.token.end);
const wordBefore = (context: NumberContext) => [...context.words].reverse().find((w) => w.end <= context.token.start);

/** A date or a time of day ("Dec. 27", "4:12 a.m."), found by the date reader. */
export const insideDateOrTime: NotFigureRule = ({ token, blocked }) => blocked.some(([s, e]) => overlaps(token.start, token.end, s, e));

/** A year on its own ("in 2019"): four digits from 1800 to 2099 with nothing that makes them an amount. */
export const year: NotFigureRule = (context) =>
  bare(context.token) && integer(context) && /^(?:1[89]|20)\d\d$/.test(context.text.slice(context.token.start, context.token.end)) &&
  !/^[\s\u00A0]+(?:\p{Ll}+s|people|staff|police)\b/u.test(context.after);

/** A fiscal or season span ("2023-24", "2024/25", "FY24", "FY 2024-25"). */
export const fiscalSpan: NotFigureRule = ({ token, text, before, after }) => {
  const written = text.slice(token.start, token.end);
  return (
    (/^(?:19|20)\d\d$/.test(written) && /^[-–/](?:\d\d|(?:19|20)\d\d)(?!\d)/.test(after)) ||
    (/^\d\d(?:\d\d)?$/.test(written) && /(?:19|20)\d\d[-–/]$/.test(before)) ||
    /\bFY[\s\u00A0]?$|\bFY[\s\u00A0]?(?:19|20)?\d\d[-–/]$/i.test(before)
  );
};

/** A clock time in 24-hour form ("0915 GMT", "at 0830 UTC", "1400 hrs"). */
export const clockTime: NotFigureRule = ({ token, text, before, after }) => {
  const written = text.slice(token.start, token.end);
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(written)) return false;
  return /^[\s\u00A0]*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|AEDT|hrs|hours|h\b|local\s+time|Zulu)/i.test(after) || /\b(?:at|by|from|until|till|before|after)[\s\u00A0]+$/i.test(before);
};

/** An age: "Smith, 58, said", "Jo Pike (62)", "aged 62", "age 62", "a 45-year-old". */
export const age: NotFigureRule = ({ token, before, after }) => {
  if (token.spelled && !/^-/.test(after)) return /\baged?[\s\u00A0]+$/i.test(before);
  if (/^[-\s\u00A0](?:years?|yrs?)[-\s\u00A0]old\b|^-year-olds?\b/i.test(after)) return true;
  if (/\b(?:aged?|ages)[\s\u00A0]+(?:between[\s\u00A0]+)?(?:\d+[\s\u00A0]*(?:to|and|[-–])[\s\u00A0]*)?$/i.test(before)) return true;
  if (token.value >= 120 || !Number.isInteger(token.value)) return false;
  // In apposition after a name, or in brackets after one.
  if (/\p{Lu}[\p{L}'’-]+,[\s\u00A0]*$/u.test(before) && /^[\s\u00A0]*(?:[,;)]|\.(?:[\s\u00A0]|$)|$)/.test(after)) return true;
  return /\p{Lu}[\p{L}'’-]+[\s\u00A0]*\($/u.test(before) && /^\)/.test(after);
};

/** An age bracket: "viewers under 35", "adults aged 18 to 34", "the over-65s", "18-34-year-olds". */
export const ageBracket: NotFigureRule = (context) => {
  const { before, after } = context;
  if (/^-?(?:s\b|year-olds\b)/i.test(after) && /\b(?:over|under)-$/i.test(before)) return true;
  if (/^[-–]\d+[-\s]year[-\s]olds?\b/i.test(after)) return true;
  // "workers 55 and older", "people 65 or over".
  if (/^[\s\u00A0]+(?:and|or)[\s\u00A0]+(?:older|over|above|younger|under)\b/i.test(after) && /\b([\p{L}'’]+)[\s\u00A0]+$/u.test(before) && isPeopleWord(/\b([\p{L}'’]+)[\s\u00A0]+$/u.exec(before)![1]!)) return true;
  const bracket = /\b([\p{L}'’]+)[\s\u00A0]+(?:under|over|below|above|aged(?:[\s\u00A0]+between)?|between)[\s\u00A0]+(?:\d+[\s\u00A0]*(?:and|to|[-–])[\s\u00A0]*)?$/iu.exec(before);
  if (!bracket || !isPeopleWord(bracket[1]!)) return false;
  // "viewers under 35" ends there; "voters under 300 districts" would count districts.
  const next = wordAfter(context);
  return !next || next.pos !== 'NOUN' || /^[\s\u00A0]*(?:and|to|[-–])/i.test(after);
};

/** A word for people before an age: "viewers", "those", "adults". */
const isPeopleWord = (word: string) => /^(?:those|people|anyone|everyone|ones)$/i.test(word) || isPersonish(word.toLowerCase());

/** An ordinal ("2nd", "86th"). */
export const ordinal: NotFigureRule = ({ after }) => /^(?:st|nd|rd|th)\b/i.test(after);

/** A list or item number: "1." opening a paragraph, "No. 5", "number 3", "#4". */
export const listNumber: NotFigureRule = ({ before, after }) =>
  (/^[\s\u00A0]*$/.test(before) && /^[.)][\s\u00A0]/.test(after)) || /(?:\bno\.?|\bnumber|#)[\s\u00A0]*$/i.test(before) || LIST_WORD_BEFORE.test(before);

// Words that name a numbered item: "item 7 on the agenda", "point 3 of his directions", "page 12".
const LIST_WORD_BEFORE = /\b(?:item|items|point|clause|section|article|paragraph|chapter|rule|option|step|phase|stage|page|pages|line|gate|platform|exit|junction|lot|row|seat|room|ward|district|bus|flight|channel|verse|act|scene|lane|pier|berth|terminal|box|level)[\s\u00A0]+$/i;

// A telephone number is at most about 20 characters either side of any of its groups.
const PHONE_REACH = 20;
// Words that show a pair of numbers is a score stand within a sentence of it.
const SCORE_CONTEXT_REACH = 120;

/** A telephone number ("(555) 123-4567", "+44 20 7946 0958", "0800 123 456"). */
export const phone: NotFigureRule = ({ token, text, before }) => {
  // "call 112", "dial 911": an emergency number.
  if (!token.spelled && /\b(?:call|calling|dial|dialling|dialing|ring|text|phone|hotline|helpline)[\s\u00A0]+(?:on[\s\u00A0]+)?$/i.test(before)) return true;
  const around = text.slice(Math.max(0, token.start - PHONE_REACH), token.end + PHONE_REACH);
  const at = token.start - Math.max(0, token.start - PHONE_REACH);
  for (const m of around.matchAll(/(?:\+?\d{1,3}[\s.-])?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}/g)) {
    const digits = m[0].replace(/\D/g, '').length;
    const phoneLike = /[-.]\d{4}$|^\+|^\(|^0\d{2,4}[\s-]/.test(m[0]) && digits >= 7 && !/,\d{3}\b/.test(m[0]);
    if (phoneLike && m.index <= at && at < m.index + m[0].length) return true;
  }
  return false;
};

// Units written against the number ("41C", "5km", "250ml"), which make it a measure, not a code.
const GLUED_UNIT = /^(?:°?[CF]|km|kg|mm|cm|ml|mg|mph|kph|kmh|kwh|mw|gw|ft|in|lbs?|oz|ha|m)(?![\p{L}\p{N}])/u;

/** A code or a name: "COVID-19", "K-12", "Route 66", "Boeing 737", "Title 42", "G7". */
export const codeOrName: NotFigureRule = ({ token, before, after, text }) => {
  if (/(?<!\d)\p{L}+-$/u.test(before) && !/magnitude-$/i.test(before)) return true;
  if (/^[\p{L}]/u.test(after) && !GLUED_UNIT.test(after) && !token.spelled && token.scale === 1 && !token.percent) return true;
  if (!bare(token) || text.slice(token.start, token.end).includes(',')) return false;
  // A capitalised word right before a bare number names it, unless it opens the sentence or qualifies the number.
  const previous = /(?:^|[\s\u00A0(])(\p{Lu}[\p{L}.]*)[\s\u00A0]$/u.exec(before);
  if (!previous) return false;
  const opensSentence = /(?:^|[.!?:"“]\s*)$/u.test(before.slice(0, before.length - previous[0].length + (previous[0].startsWith(previous[1]!) ? 0 : 1)));
  return !opensSentence && !/^(?:The|About|Over|Some|Nearly|Almost|Roughly|Around|Approximately|Only|Just|Under|More|Fewer|Less|Up|At|By|To|From|Between|Than|And|Or|With|For|Of|In|On|Exactly|Another|Rs|Rs\.)$/.test(previous[1]!);
};

/** A match score ("beat England 2-1", "a 3–0 win"). */
export const score: NotFigureRule = ({ token, text, before, after }) => {
  const pair = /^[-–][\s\u00A0]?\d{1,3}(?![\d,.%])/.test(after) || /\d{1,3}[\s\u00A0]?[-–]$/.test(before);
  if (!pair || token.currency || token.percent || token.scale > 1 || token.value > 200) return false;
  const sentence = text.slice(Math.max(0, token.start - SCORE_CONTEXT_REACH), token.end + SCORE_CONTEXT_REACH);
  return /\b(?:won|wins?|beat|beats|beaten|lost|loses|defeat(?:ed|s)?|victory|win|draw|drew|tied?|score[ds]?|led|leads?|trailing|trailed|edged|routed|thrashed|halftime|half-time|final|match|game|goals?|innings|set)\b/i.test(sentence);
};

/** A statement of the unit a table or list is written in: "all sums in thousands of dollars". */
export const unitStatement: NotFigureRule = ({ token, before, after }) =>
  !!token.range && /\bin[\s\u00A0]+$/i.test(before) && /^[\s\u00A0]+of[\s\u00A0]+[\p{L}$€£]+(?:[\s\u00A0]+(?:unless|except)|[\s\u00A0]*[,.:;)]|[\s\u00A0]*$)/iu.test(after);

/** A period adjective: "a 60-day review", "a three-day visit", "a four-year term" (a size such as "an 8-member jury" stays a figure). */
export const periodAdjective: NotFigureRule = ({ after }) => {
  const unit = /^-([\p{L}]+)\b/u.exec(after)?.[1];
  return !!unit && isTimeUnit(unit.toLowerCase()) && !/^-[\p{L}]+-old/u.test(after);
};

/** A street number ("12 Main Street"). */
export const streetNumber: NotFigureRule = ({ after }) =>
  /^[\s\u00A0]+(?:\p{Lu}[\p{L}.]*[\s\u00A0]+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place|Court|Square)(?![\p{L}])/u.test(after);

/**
 * A number word used as a pronoun or an article: "the two agreed", "one of them", "one day".
 * A spelled number is a figure when it counts the noun after it ("three people", "One worker
 * was hurt") or is a part of a group ("seven of the 12 districts").
 */
export const pronoun: NotFigureRule = (context) => {
  const { token, after } = context;
  if (!token.spelled || token.range || token.fraction || token.multiplier || token.scale > 1 || token.value >= 100) return false;
  const one = token.value === 1;
  const previous = wordBefore(context);
  if (one && previous && /^(?:the|this|that|every|any|no|each|which|another|such|no-one)$/.test(previous.lower)) return true;
  // "including two in Ohio", "of whom three": a part counted of a group named before.
  if (!one && /\b(?:including|includes|include|among\s+them|of\s+whom|of\s+which|of\s+those)[\s\u00A0]+$/i.test(context.before)) return false;
  if (/^["”’'\s\u00A0]+of[\s\u00A0]/i.test(after)) return one;
  // "taking four and two respectively", "by nine votes to four": one of a set of figures.
  const sentence = context.words.length ? context.text.slice(context.words[0]!.start, context.words[context.words.length - 1]!.end) : '';
  if (/\brespectively\b/i.test(sentence) && /^[\s\u00A0]+(?:and|or)[\s\u00A0]+\p{L}|^,?[\s\u00A0]+respectively|^[\s\u00A0]*,/u.test(after)) return false;
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[\s\u00A0]+\p{L}+[\s\u00A0]+(?:to|against|versus|and)[\s\u00A0]+$/iu.test(context.before) && !one) return false;
  const next = context.words.find((w) => w.start >= token.end && w.pos !== 'ADJ' && !/^[-–"“”'‘’]$/.test(w.text));
  if (!next) return true;
  // "Three were released", "Two remain in hospital": a count standing for people or things named before;
  // "the two agreed" is a pronoun.
  if (!one && (next.pos === 'AUX' || next.pos === 'VERB') && !(previous && /^(?:the|these|those|both|all|its|their|his|her)$/.test(previous.lower))) return false;
  // "two or three boats", "five to six days": one end of a range.
  if (/^[\s\u00A0]*(?:or|to|[-–])[\s\u00A0]*\p{L}/u.test(after) && context.words.find((w) => w.start > next.end - 1 && w.start > token.end && w.pos === 'NUM')) return false;
  if (one && (isTimeUnit(next.lemma) || /^(?:another|more|thing|way|side|hand|point|time|reason|day|night|another)$/.test(next.lower))) return true;
  return !(next.pos === 'NOUN' || (next.pos === 'PROPN' && /s$/.test(next.lower)));
};

/** The rules in the order they are tried, each with the reason it gives. */
export const NOT_FIGURE_RULES: ReadonlyArray<readonly [string, NotFigureRule]> = [
  ['date or time of day', insideDateOrTime],
  ['fiscal span', fiscalSpan],
  ['clock time', clockTime],
  ['year', year],
  ['age', age],
  ['age bracket', ageBracket],
  ['ordinal', ordinal],
  ['list number', listNumber],
  ['phone number', phone],
  ['code or name', codeOrName],
  ['score', score],
  ['period adjective', periodAdjective],
  ['unit statement', unitStatement],
  ['street number', streetNumber],
  ['pronoun', pronoun],
];

/** Why a number is not a figure, or undefined when it is one. */
export function notFigureReason(context: NumberContext): string | undefined {
  return NOT_FIGURE_RULES.find(([, rule]) => rule(context))?.[0];
}
