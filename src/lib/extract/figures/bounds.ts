// Stage 3 of reading figures: the values a figure's wording allows. Two numbers may be one range
// ("between 5 and 10", "3-4,000", "from $40k to $60k"); a qualifier before a number ("over",
// "nearly"), a verb ("exceeded") or words after it ("or more") bound it.
import type { FigureQualifier } from '../types';
import { ABOUT_TOLERANCE, BOUND_VERBS, NEARLY_TOLERANCE, OR_LESS, OR_MORE, QUALIFIERS, type QualifierKind } from '../lexicon/numbers';
import { CHANGE_VERBS } from '../lexicon/quantities';
import type { TaggedToken } from '../grammar';
import type { NumberToken } from './numbers';
import { isTimeUnit } from './words';

/** A figure's number or range as written, with the bounds its wording allows. */
export interface BoundedNumber {
  /** The number, or the lower end of a range. */
  first: NumberToken;
  /** The upper end of a range; `first` itself otherwise. */
  last: NumberToken;
  /** [start, end) of the figure as written, qualifier included ("more than 8,000"). */
  start: number;
  end: number;
  value: number;
  lower: number | null;
  upper: number | null;
  qualifier: FigureQualifier;
  precision: number;
  currency?: string;
  percent: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00A0]+');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
// "estimated to include over 8,000", "estimated at 6,000": a qualifier may reach past a few linking words.
// "above magnitude 5": the name of a measure may stand between the qualifier and the number.
const QUALIFIER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${alternation(Object.keys(QUALIFIERS))})[\s\u00A0]+(?:(?:to[\s\u00A0]+include|to[\s\u00A0]+be|at|magnitude)[\s\u00A0]+)?$`, 'iu');
const BOUND_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${alternation(Object.keys(BOUND_VERBS))})[\s\u00A0]+$`, 'iu');
// Written on the same line as the number: a "+" glued to it ("3,000+"), or words after a space.
const OR_MORE_AFTER = new RegExp(String.raw`^(?:\+(?![\d])|[ \u00A0]+(?:${alternation(OR_MORE.filter((w) => /^\w/.test(w)))})|-plus)(?![\p{L}])`, 'iu');
const OR_LESS_AFTER = new RegExp(String.raw`^[ \u00A0]+(?:${alternation(OR_LESS)})(?![\p{L}])`, 'iu');
const round = (n: number) => Math.round(n * 1e6) / 1e6;
// How far before a number its qualifier may start: the longest qualifier with its linking words
// ("estimated to include more than").
const QUALIFIER_REACH = 40;
// How far after a number "or more", "-plus" and "over two years" are looked for.
const TAIL_REACH = 16;
// How far before a range "between" or "from" may stand.
const OPENER_REACH = 12;

/** The bounds a qualifier gives a value. */
export function boundsOf(kind: QualifierKind, value: number): Pick<BoundedNumber, 'qualifier' | 'lower' | 'upper'> {
  switch (kind) {
    case 'about':
      return { qualifier: 'about', lower: round(value * (1 - ABOUT_TOLERANCE)), upper: round(value * (1 + ABOUT_TOLERANCE)) };
    case 'nearly':
      return { qualifier: 'nearly', lower: round(value * (1 - NEARLY_TOLERANCE)), upper: value };
    case 'more-than':
    case 'at-least':
      return { qualifier: kind, lower: value, upper: null };
    case 'less-than':
    case 'at-most':
      return { qualifier: kind, lower: null, upper: value };
    default:
      return { qualifier: 'exact', lower: value, upper: value };
  }
}

/** How two neighbouring numbers are linked: a range connector, or nothing that makes them one. */
type Link = 'between' | 'from' | 'to' | 'dash' | 'or' | undefined;

function linkOf(text: string, a: NumberToken, b: NumberToken): Link {
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - OPENER_REACH), a.start);
  if (/^[\s\u00A0]*and[\s\u00A0]+$/i.test(gap)) return /\bbetween[\s\u00A0]+$/i.test(before) ? 'between' : undefined;
  if (/^[\s\u00A0]*to[\s\u00A0]+$/i.test(gap)) return /\bfrom[\s\u00A0]+$/i.test(before) ? 'from' : 'to';
  if (/^[\s\u00A0]?[-–—][\s\u00A0]?$/.test(gap)) return 'dash';
  if (/^[\s\u00A0]+or[\s\u00A0]+$/i.test(gap) && a.spelled === b.spelled && b.value > a.value && b.value - a.value <= Math.max(2, a.value)) return 'or';
  return undefined;
}

// A verb of change right before the first number: "rose from 4.1% to 4.3%" and "fell 3% to 42.5
// million" are two figures, a level before and after, or a change and a level.
function governedByChange(words: readonly TaggedToken[], at: number): boolean {
  const before = words.filter((w) => w.end <= at);
  for (let i = before.length - 1; i >= 0 && i >= before.length - 3; i--) {
    const word = before[i]!;
    if (word.pos === 'VERB' && CHANGE_VERBS.has(word.lemma)) return true;
    if (!['from', 'by', 'up', 'down'].includes(word.lower) && word.pos !== 'ADV') return false;
  }
  return false;
}

/** The two numbers as one range, or undefined when they are two figures. */
function asRange(text: string, a: NumberToken, b: NumberToken, words: readonly TaggedToken[]): [NumberToken, NumberToken] | undefined {
  const link = linkOf(text, a, b);
  if (!link) return undefined;
  if ((link === 'from' || link === 'to') && governedByChange(words, a.start - (link === 'from' ? 5 : 0))) return undefined;
  if ((a.currency && b.currency && a.currency !== b.currency) || (a.percent !== b.percent && a.percent) || a.fraction || b.fraction) return undefined;
  // A scale, currency or percent sign written once applies to both ends: "between $5 and $10
  // million", "5 to 10%"; and a compact "3-4,000" is three to four thousand.
  let low = a;
  if (a.scale === 1 && b.scale > 1 && !a.grouped && a.value * b.scale <= b.value) low = { ...a, value: a.value * b.scale, scale: b.scale, precision: a.precision * b.scale };
  else if (link === 'dash' && a.scale === 1 && !a.grouped && b.grouped && !a.spelled && a.value < 1000 && a.value * 1000 <= b.value) low = { ...a, value: a.value * 1000, precision: 1000 };
  if (!low.currency && b.currency) low = { ...low, currency: b.currency };
  if (!low.percent && b.percent) low = { ...low, percent: true };
  if (low.value > b.value) return undefined;
  return [low, b];
}

/** What the words right before a number say about it, and where they start. */
function qualifierBefore(text: string, start: number, first: NumberToken, words: readonly TaggedToken[]): { kind: QualifierKind; start: number } | undefined {
  const before = text.slice(Math.max(0, start - QUALIFIER_REACH), start);
  const verb = BOUND_VERB_BEFORE.exec(before);
  if (verb) return { kind: BOUND_VERBS[verb[1]!.toLowerCase()]!, start };
  const match = QUALIFIER_BEFORE.exec(before);
  if (!match) return undefined;
  const phrase = match[1]!.toLowerCase().replace(/[\s\u00A0]+/g, ' ');
  const kind = QUALIFIERS[phrase]!;
  const after = text.slice(first.end, first.end + TAIL_REACH);
  // "over two years" is a span of time; "edged up to 4.1%" and "rose to" give the level reached.
  if (phrase === 'over' && /^[\s\u00A0]+(?:years?|months?|weeks?|days?|decades?|hours?)\b/i.test(after)) return undefined;
  if (phrase === 'up to' && governedByChange(words, start - match[0].length + match[0].search(/to/i))) return undefined;
  if (kind === 'exact') return undefined;
  return { kind, start: start - match[0].length };
}

/**
 * Reads the bounds of each number of a sentence that passed stage 2, joining ranges. `words`
 * are the tagged words of the numbers' sentence(s).
 */
export function readBounds(tokens: readonly NumberToken[], text: string, words: (at: number) => readonly TaggedToken[]): BoundedNumber[] {
  const read: BoundedNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const range = next ? asRange(text, token, next, words(token.start)) : undefined;
    if (range) {
      const [low, high] = range;
      const opener = /\b(?:between|from)[\s\u00A0]+$/i.exec(text.slice(Math.max(0, token.start - OPENER_REACH), token.start));
      read.push({
        first: low, last: high, start: token.start - (opener?.[0].length ?? 0), end: high.end,
        value: round(low.value), lower: round(low.range?.[0] ?? low.value), upper: round(high.range?.[1] ?? high.value), qualifier: 'range',
        precision: Math.min(low.precision, high.precision), ...(low.currency ? { currency: low.currency } : {}), percent: low.percent,
      });
      i++;
      continue;
    }
    const value = round(token.value);
    const base = { first: token, last: token, start: token.start, end: token.end, precision: token.precision, ...(token.currency ? { currency: token.currency } : {}), percent: token.percent };
    if (token.range) {
      read.push({ ...base, value, lower: round(token.range[0]), upper: round(token.range[1]), qualifier: 'range' });
      continue;
    }
    const qualifier = qualifierBefore(text, token.start, token, words(token.start));
    const tail = text.slice(token.end, token.end + TAIL_REACH);
    const orMore = !qualifier && OR_MORE_AFTER.exec(tail);
    const orLess = !qualifier && !orMore && OR_LESS_AFTER.exec(tail);
    const kind: QualifierKind = qualifier?.kind ?? (orMore ? 'at-least' : orLess ? 'at-most' : 'exact');
    read.push({
      ...base,
      start: qualifier?.start ?? token.start,
      end: token.end + (orMore ? orMore[0].length : orLess ? orLess[0].length : 0),
      value,
      ...boundsOf(kind, value),
    });
  }
  return read;
}

/** True for a word that makes the span after a number a duration ("over two years"). */
export const isDurationWord = isTimeUnit;
