// Stage 1 of reading figures: every number a paragraph writes, in digits or in words, with the
// currency, scale and precision written with it. Whether a number is a figure at all is the next
// stage's question (notFigures.ts).
import { CURRENCY_ONLY_SUFFIXES, FRACTIONS, MULTIPLIERS, NUMBER_WORDS, QUALIFIERS, SCALE_SUFFIXES, SCALE_WORDS, VAGUE_MULTIPLIERS, VAGUE_QUANTITIES } from '../lexicon/numbers';
import { CURRENCY_SYMBOLS, MEASURE_UNITS } from '../lexicon/units';
import { wordsOf, type Word } from '../../text';
import { numberWordsValue, scaleValue } from './numberWords';

/** A number as written, before any judgement about what it measures. */
export interface NumberToken {
  /** [start, end) of the number with its currency symbol, scale and percent sign ("$2.5bn", "12%"). */
  start: number;
  end: number;
  value: number;
  /** A vague amount's [lowest, highest] reading ("a few hundred" → [200, 499]). */
  range?: [number, number];
  /** Currency written before the number ("$", "Rs"), by name. */
  currency?: string;
  /** A percent sign glued to the number. */
  percent: boolean;
  /** The scale written with the number ("million", "bn", "lakh crore"); 1 when none. */
  scale: number;
  /** Written in words ("eleven", "a hundred and two", "dozens"). */
  spelled: boolean;
  /** A share written as a fraction or a ratio ("two-thirds", "one in five"): its value is a percentage. */
  fraction: boolean;
  /** Place value of the last digit written (see FigureFact.precision). */
  precision: number;
  /** Vague and scale words take "of" before what they count ("thousands of migrants"). */
  takesOf: boolean;
  /** Digits grouped in thousands ("4,000"): a bare number ending a range before it shares its scale ("3-4,000"). */
  grouped: boolean;
  /** A sign written against the number, as tables of changes do ("+3,100", "−1,900"). */
  sign?: '+' | '-';
  /** A multiple of another amount ("triple the number", "three times as many"): a ratio. */
  multiplier?: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

// Currency symbols may touch the number ("$14"); letter codes need a space or nothing after a
// word boundary ("Rs 9,500", "USD 5").
const CURRENCY_PREFIX = longestFirst(Object.keys(CURRENCY_SYMBOLS)).map(escape).join('|');
const SUFFIX = longestFirst(Object.keys(SCALE_SUFFIXES)).map(escape).join('|');
const SCALE = longestFirst(Object.keys(SCALE_WORDS).filter((w) => w !== 'hundred')).map(escape).join('|');
// Thin and non-breaking spaces group thousands in some house styles ("816 000 tonnes").
const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009]';
// A sign counts only against the number and after a space or a bracket, so "5-10" stays a range.
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£¥₹₦₩₱₺₽₪])` +
    String.raw`(?:(?<=^|[\s(])(?<sign>[+\u2212-])(?=[$€£¥₹\d]))?` +
    String.raw`(?:(?<currency>${CURRENCY_PREFIX})[ \u00A0]?)?` +
    String.raw`(?<integer>\d{1,3}(?:,\d{3})+|\d{1,3}(?:${GROUP_SPACE}\d{3})+(?![\d,.]\d)|\d+)(?<decimals>\.\d+)?` +
    String.raw`(?:(?<suffix>${SUFFIX})(?![\p{L}\p{N}])|[ \u00A0](?<scale>(?:${SCALE})(?:[ \u00A0](?:${SCALE}))?)(?![\p{L}]))?` +
    String.raw`(?<percent>[ \u00A0]?%)?`,
  'giu',
);

// Typos that put a space inside a number ("She won 48. 7% of the vote", "a margin of 120, 455
// votes"): joined only when what follows is a percentage or a lower-case noun, so two numbers
// in a list ("in 2019, 455 people") or across a sentence end are left apart.
const BROKEN_DECIMAL = /(?<![\p{L}\p{N}.,])(\d{1,3})\. (\d{1,2})(?=[ \u00A0]?%|[ \u00A0](?:percent|per[ \u00A0]cent)\b)/gu;
const BROKEN_THOUSANDS = /(?<![\p{L}\p{N}.,])(\d{1,3}), (\d{3})(?![\d,])(?=[ \u00A0]+\p{Ll}|[ \u00A0]*(?:\n|$))/gu;
// Words before a number that show a comma after it ends a phrase (or a date), not a thousands group.
// The word before a number that LIST_CONTEXT looks at is at most a month name away.
const LIST_CONTEXT_REACH = 12;
const LIST_CONTEXT = /(?:\b(?:by|at|on|in|to|from|until|till|since|after|before|between|and|or|than|no\.?|number|page|route|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|\b(?:january|february|march|april|june|july|august|september|october|november|december)|\d)[ \u00A0]*$/i;

/** Place value of the last digit of `integer` + `decimals`, times the scale. */
function digitPrecision(decimals: string | undefined, scale: number): number {
  return (decimals ? 10 ** -(decimals.length - 1) : 1) * scale;
}

function currencyOf(symbol: string | undefined): string | undefined {
  return symbol ? CURRENCY_SYMBOLS[symbol.toLowerCase()] : undefined;
}

/** Numbers written in digits ("4,000", "$14bn", "2.6 lakh crore", "12%", "816 000"). */
function digitNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const g = m.groups!;
    const currency = currencyOf(g.currency);
    const suffix = g.suffix?.toLowerCase();
    // "5m" or "10b" without a currency are metres and model names, not millions and billions.
    if (suffix && CURRENCY_ONLY_SUFFIXES.has(suffix) && !currency) continue;
    const scale = suffix ? SCALE_SUFFIXES[suffix]! : g.scale ? scaleValue(g.scale.toLowerCase().split(/[ \u00A0]+/))! : 1;
    const integer = g.integer!;
    const sign = g.sign === '+' ? '+' : g.sign ? '-' : undefined;
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      value: (sign === '-' ? -1 : 1) * Number(integer.replace(/[^\d]/g, '') + (g.decimals ?? '')) * scale,
      ...(sign ? { sign } : {}),
      ...(currency ? { currency } : {}),
      percent: !!g.percent,
      scale,
      spelled: false,
      fraction: false,
      precision: digitPrecision(g.decimals, scale),
      takesOf: scale > 1,
      grouped: /[^\d]/.test(integer),
    });
  }
  return tokens;
}

/** Numbers a typo split with a space, read as the number meant ("48. 7%" → 48.7, "120, 455 votes" → 120,455). */
function brokenNumbers(text: string, cells: boolean): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(BROKEN_DECIMAL)) {
    const end = m.index + m[0].length;
    const percent = /^[ \u00A0]?%/.exec(text.slice(end));
    tokens.push({
      start: m.index, end: end + (percent?.[0].length ?? 0), value: Number(`${m[1]}.${m[2]}`), percent: !!percent, scale: 1,
      spelled: false, fraction: false, precision: 10 ** -m[2]!.length, takesOf: false, grouped: false,
    });
  }
  for (const m of text.matchAll(BROKEN_THOUSANDS)) {
    if (LIST_CONTEXT.test(text.slice(Math.max(0, m.index - LIST_CONTEXT_REACH), m.index))) continue;
    // At the end of a text, only a table cell holds nothing but the number ("6, 402").
    if (!/^[ \u00A0]+\p{Ll}/u.test(text.slice(m.index + m[0].length)) && !cells) continue;
    tokens.push({
      start: m.index, end: m.index + m[0].length, value: Number(`${m[1]}${m[2]}`), percent: false, scale: 1,
      spelled: false, fraction: false, precision: 1, takesOf: false, grouped: true,
    });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Numbers in words

const lower = (word: Word) => word.text.toLowerCase();
const QUALIFIER_END = new RegExp(`(?:^|[^\\p{L}])(?:${Object.keys(QUALIFIERS).filter((q) => QUALIFIERS[q] !== 'exact').map((q) => q.replace(/[.]/g, '\\.').replace(/ /g, '[\\s\\u00A0]+')).join('|')})[\\s\\u00A0]+$`, 'iu');
const TENS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 20);
const UNITS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 10 && NUMBER_WORDS[w]! > 0);
const COMPOUND = new RegExp(`^(?:${TENS.join('|')})-(?:${UNITS.join('|')})$`);
/** A word that is a whole number below a hundred ("seven", "forty-two"). */
const isCardinal = (w: string) => w in NUMBER_WORDS || COMPOUND.test(w);
const isScale = (w: string) => w in SCALE_WORDS;
const isFraction = (w: string) => w in FRACTIONS;

/** Place value of the last non-zero digit of a spelled number: "two thousand five hundred" → 100; below a hundred, 1. */
function spelledPrecision(value: number): number {
  if (value < 100 || !Number.isInteger(value)) return 1;
  let precision = 1;
  while (value % (precision * 10) === 0) precision *= 10;
  return precision;
}

function spelledToken(words: Word[], from: number, to: number, value: number, extra: Partial<NumberToken> = {}): NumberToken {
  return {
    start: words[from]!.start, end: words[to]!.end, value, percent: false, scale: 1, spelled: true, fraction: false,
    precision: spelledPrecision(value), takesOf: false, grouped: false, ...extra,
  };
}

/** The longest phrase of `phrases` (lower case, single spaces) that starts at word `i`, as a word count. */
function phraseAt(words: Word[], i: number, phrases: Iterable<string>): { phrase: string; length: number } | undefined {
  let best: { phrase: string; length: number } | undefined;
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts.length > (best?.length ?? 0) && parts.every((p, k) => words[i + k] && lower(words[i + k]!) === p)) best = { phrase, length: parts.length };
  }
  return best;
}

/** Scale words from word `i` on ("hundred thousand" → 2 words, 1e5). */
function scalesFrom(words: Word[], i: number): { scale: number; length: number } | undefined {
  let j = i;
  while (words[j] && isScale(lower(words[j]!))) j++;
  const scale = scaleValue(words.slice(i, j).map(lower));
  return scale === undefined ? undefined : { scale, length: j - i };
}

// A run of number words, as the reader of numberWords.ts takes it: cardinals, scale words,
// "a"/"an" before a scale or a fraction, "and" after a scale ("a hundred and two") or before
// "a half", and the fraction words of "half a million" and "a quarter (of a) million".
function runEnd(words: Word[], i: number, text: string): number {
  let j = i;
  const at = (k: number) => (words[k] ? lower(words[k]!) : '');
  const joined = (k: number) => /^[\s\u00A0]+$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
  for (; words[j]; j++) {
    const w = at(j);
    if (j > i && !joined(j)) break;
    if (isCardinal(w) || isScale(w)) continue;
    if ((w === 'a' || w === 'an') && (isScale(at(j + 1)) || (isFraction(at(j + 1)) && isScale(at(j + 2))) || (at(j + 1) === 'half' && j > i))) continue;
    if (isFraction(w) && (isScale(at(j + 1)) || (at(j + 1) === 'a' && isScale(at(j + 2))) || (at(j + 1) === 'of' && at(j + 2) === 'a' && isScale(at(j + 3))) || at(j - 1) === 'a' && at(j - 2) === 'and')) continue;
    if (w === 'of' && isFraction(at(j - 1)) && at(j + 1) === 'a' && isScale(at(j + 2))) continue;
    if (w === 'and' && j > i && ((isScale(at(j - 1)) && isCardinal(at(j + 1))) || (at(j + 1) === 'a' && at(j + 2) === 'half'))) continue;
    break;
  }
  return j - 1;
}

/** "a dozen" (12), "half a dozen" (6), "two dozen" (24) at word `i`. */
function dozenAt(words: Word[], i: number): { value: number; length: number } | undefined {
  const at = (k: number) => (words[i + k] ? lower(words[i + k]!) : '');
  if (at(0) === 'a' && at(1) === 'dozen') return { value: 12, length: 2 };
  if (at(0) === 'half' && at(1) === 'a' && at(2) === 'dozen') return { value: 6, length: 3 };
  if (isCardinal(at(0)) && at(1) === 'dozen') return { value: numberWordsValue(at(0))! * 12, length: 2 };
  return undefined;
}

/**
 * A share in words before "of" at word `i` ("half of", "a third of", "three quarters of"), as a
 * percentage; or a fraction of a unit ("a quarter of a percentage point"), as that fraction.
 */
function shareAt(words: Word[], i: number): { value: number; length: number; ofUnit?: boolean } | undefined {
  const at = (k: number) => (words[i + k] ? lower(words[i + k]!) : '');
  let count = 1;
  let fraction = 0;
  if (at(0) === 'a' || at(0) === 'one') fraction = 1;
  else if (isCardinal(at(0)) && isFraction(at(1))) [count, fraction] = [NUMBER_WORDS[at(0)] ?? 1, 1];
  // "rose by a third", "cut by half": a share of the amount before.
  const byShare = words[i - 1] && lower(words[i - 1]!) === 'by' && isFraction(at(fraction)) && at(fraction + 1) !== 'of';
  if (byShare) return { value: count * FRACTIONS[at(fraction)]! * 100, length: fraction + 1 };
  if (!isFraction(at(fraction)) || at(fraction + 1) !== 'of') return undefined;
  // "a quarter of a million" is a number, read with the cardinals.
  if (at(fraction + 2) === 'a' && isScale(at(fraction + 3))) return undefined;
  // "a quarter of a percentage point", "half a mile": a fraction of the unit that follows.
  if (/^an?$/.test(at(fraction + 2)) && (at(fraction + 3) in MEASURE_UNITS || `${at(fraction + 3)} ${at(fraction + 4)}` in MEASURE_UNITS)) {
    return { value: count * FRACTIONS[at(fraction)]!, length: fraction + 3, ofUnit: true };
  }
  return { value: count * FRACTIONS[at(fraction)]! * 100, length: fraction + 1 };
}

const VAGUE_PHRASES = Object.keys(VAGUE_QUANTITIES);
const MULTIPLIER_PHRASES = Object.keys(VAGUE_MULTIPLIERS);
// The words a number in words can start with; any other word is passed over at once.
const STARTS = new Set([
  ...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTIONS), ...Object.keys(MULTIPLIERS),
  ...[...VAGUE_PHRASES, ...MULTIPLIER_PHRASES].map((p) => p.split(' ')[0]!), 'a', 'an', 'one', 'half', 'dozen',
]);
const mayStartNumber = (word: string) => STARTS.has(word) || COMPOUND.test(word) || /^\w+-\w+$/.test(word);

/** Numbers written in words: cardinals and their scales, fractions, "one in five", dozens and vague amounts. */
function spelledNumbers(text: string): NumberToken[] {
  const words = wordsOf(text);
  const tokens: NumberToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = lower(words[i]!);
    if (!mayStartNumber(w)) continue;
    const next = words[i + 1] ? lower(words[i + 1]!) : '';

    // Vague amounts: "tens of thousands", "dozens", "scores of".
    const vague = phraseAt(words, i, VAGUE_PHRASES);
    if (vague && (vague.phrase !== 'scores' || next === 'of')) {
      const range = VAGUE_QUANTITIES[vague.phrase]!;
      tokens.push(spelledToken(words, i, i + vague.length - 1, range[0], { range, takesOf: true, precision: range[0] }));
      i += vague.length - 1;
      continue;
    }
    // Vague multiples of a scale: "a couple (of) hundred", "a few thousand", "several hundred thousand".
    const multiplier = phraseAt(words, i, MULTIPLIER_PHRASES);
    const scaled = multiplier && scalesFrom(words, i + multiplier.length);
    if (multiplier && scaled) {
      const [low, beyond] = VAGUE_MULTIPLIERS[multiplier.phrase]!;
      const range: [number, number] = [low * scaled.scale, beyond * scaled.scale - 1];
      tokens.push(spelledToken(words, i, i + multiplier.length + scaled.length - 1, range[0], { range, takesOf: true, precision: scaled.scale }));
      i += multiplier.length + scaled.length - 1;
      continue;
    }
    // Dozens: "a dozen", "half a dozen", "two dozen".
    const dozen = dozenAt(words, i);
    if (dozen) {
      tokens.push(spelledToken(words, i, i + dozen.length - 1, dozen.value));
      i += dozen.length - 1;
      continue;
    }
    // Shares: "two-thirds of", "one-fourth of", "a third of", "half of", "one in five".
    const hyphenated = /^(\w+)-(\w+)$/.exec(w);
    if (hyphenated && isCardinal(hyphenated[1]!) && isFraction(hyphenated[2]!)) {
      // "three-quarters of a million" is a number; "two-thirds of voters" a share.
      const scaled = next === 'of' && words[i + 2] && /^an?$/.test(lower(words[i + 2]!)) ? scalesFrom(words, i + 3) : undefined;
      if (scaled) {
        tokens.push(spelledToken(words, i, i + 2 + scaled.length, NUMBER_WORDS[hyphenated[1]!]! * FRACTIONS[hyphenated[2]!]! * scaled.scale));
        i += 2 + scaled.length;
      } else tokens.push(spelledToken(words, i, i, NUMBER_WORDS[hyphenated[1]!]! * FRACTIONS[hyphenated[2]!]! * 100, { fraction: true, takesOf: true, precision: 0.01 }));
      continue;
    }
    const share = shareAt(words, i);
    if (share) {
      tokens.push(spelledToken(words, i, i + share.length - 1, share.value, { fraction: !share.ofUnit, takesOf: !share.ofUnit, precision: 0.01 }));
      i += share.length - 1;
      continue;
    }
    const oneIn = /^one in (\w+)$/.exec(`${w} ${next} ${words[i + 2] ? lower(words[i + 2]!) : ''}`);
    if (oneIn) {
      const whole = NUMBER_WORDS[oneIn[1]!] ?? (Number.isFinite(Number(oneIn[1])) ? Number(oneIn[1]) : undefined);
      if (whole) {
        tokens.push(spelledToken(words, i, i + 2, 100 / whole, { fraction: true, precision: 0.01 }));
        i += 2;
        continue;
      }
    }
    // "roughly triple the number", "twice as many": a multiple of another amount.
    if (w in MULTIPLIERS && /^(?:the|as|that|its|their|his|her|what|a|an|last|this)$/.test(next)) {
      tokens.push(spelledToken(words, i, i, MULTIPLIERS[w]!, { multiplier: true, precision: 1 }));
      continue;
    }
    // "up to an inch", "more than a tonne": the article is one of a measure, after a qualifier.
    if ((w === 'a' || w === 'an') && next in MEASURE_UNITS && MEASURE_UNITS[next]!.kind !== 'duration' && QUALIFIER_END.test(text.slice(Math.max(0, words[i]!.start - 24), words[i]!.start))) {
      tokens.push(spelledToken(words, i, i, 1));
      continue;
    }
    // Cardinals with their scales: "eleven", "a hundred and two", "two and a half million".
    if (!isCardinal(w) && !isScale(w) && !(['a', 'an', 'half'].includes(w) || isFraction(w))) continue;
    let end = runEnd(words, i, text);
    let value: number | undefined;
    for (; end >= i; end--) {
      const last = lower(words[end]!);
      if (!isCardinal(last) && !isScale(last)) continue;
      value = numberWordsValue(words.slice(i, end + 1).map(lower).join(' '));
      if (value !== undefined) break;
    }
    if (value === undefined || end < i) continue;
    const scales = words.slice(i, end + 1).map(lower).filter(isScale);
    tokens.push(spelledToken(words, i, end, value, { takesOf: scales.length > 0 && isScale(lower(words[end]!)) }));
    i = end;
  }
  return tokens;
}

/**
 * Every number written in a paragraph (or a table row, whose cells may hold a lone typo-spaced
 * number), in reading order. Where readings overlap, the longer one
 * wins ("48. 7%" over "48" and "7%").
 */
export function numbersOf(text: string, options: { tableRow?: boolean } = {}): NumberToken[] {
  const all = [...brokenNumbers(text, !!options.tableRow), ...digitNumbers(text), ...spelledNumbers(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberToken[] = [];
  for (const token of all) {
    const last = kept[kept.length - 1];
    if (last && token.start < last.end) {
      if (token.end - token.start > last.end - last.start) kept[kept.length - 1] = token;
      continue;
    }
    kept.push(token);
  }
  return kept;
}

/** True when the text may hold a number: a digit or a number word (derived from the lexicon, never hand-copied). */
export const MAYBE_NUMBER = new RegExp(
  String.raw`\d|\b(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTIONS), ...Object.keys(VAGUE_QUANTITIES).map((q) => q.split(' ')[0]!), 'dozen', 'dozens', 'couple', 'few', 'several'].join('|')})\b`,
  'i',
);
