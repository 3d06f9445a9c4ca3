// Search compares words, not characters: both the index and the query go through `tokenize`, so
// "Łódź" meets "Lodz", "8,000" meets "8000", "$3.8bn" meets "3.8 billion", "eight thousand" meets
// "8000" and "cease-fire" meets "ceasefire" without any rule on the query side alone. The build
// and the browser pass the same {@link Lexicon}, so they always cut the same words.
import { NUMBER_WORDS, SCALE_SUFFIXES, SCALE_WORDS } from '../extract/lexicon/numbers';
import { foldText } from '../text';

/**
 * A word of a text: its comparable form, where it stands in the original text (UTF-16 offsets,
 * end exclusive) and its position among the words (0, 1, 2, …). Several tokens can share a
 * position: the words as written, and after them the forms that stand for a run of words
 * ("ceasefire" for "cease-fire", "110000" for "one hundred and ten thousand").
 */
export interface Token {
  term: string;
  start: number;
  end: number;
  pos: number;
}

/** Character → its transliteration (any-ascii's output, not yet lower-cased): "Ł" → "L", "ß" → "ss". */
export type FoldTable = Readonly<Record<string, string>>;

/** What cutting words needs beyond the code: the transliteration table and the words symbols stand for. */
export interface Lexicon {
  /** Transliterations of the characters that are not ASCII; others fall back to accent folding. */
  fold: FoldTable;
  /** Symbols that are words: "%" → "percent", "€" → "euros" (from the unit lexicon, see build.ts). */
  symbols: Readonly<Record<string, string>>;
}

/** A lexicon without transliterations or symbols: ASCII text, and tests of the plain rules. */
export const PLAIN: Lexicon = { fold: {}, symbols: {} };

// A word is a run of letters, digits and combining marks, which may carry inner dots, commas and
// apostrophes ("U.S", "8,000", "Ruiz’s"); any other single character may be a symbol word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[.,'’‘][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
// A number with letters glued on: "3.8bn", "1.6m", "8k", "2.5km", "3rd".
const NUMBER_WITH_SUFFIX = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\p{L}+)$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const INNER_BREAK = /[.,]/g;
const ASCII = /^[\x00-\x7f]*$/;
const LETTERS = /^\p{L}+$/u;
const HYPHEN = /^[-‐‑]$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** True when a digit stands right before or after text[at, at + length), or one space away. */
const besideNumber = (text: string, at: number, length: number) => /\d ?$/.test(text.slice(Math.max(0, at - 2), at)) || /^ ?\d/.test(text.slice(at + length, at + length + 2));
const SPACE_OR_HYPHEN = /^[\s\-‐‑]+$/u;

/** Scale abbreviation → scale word ("bn" → "billion"), both from the number lexicon. */
const SCALE_OF_SUFFIX: Record<string, string> = Object.fromEntries(
  Object.entries(SCALE_SUFFIXES).map(([suffix, factor]) => [suffix, Object.keys(SCALE_WORDS).find((w) => SCALE_WORDS[w] === factor) ?? suffix]),
);

/**
 * Folds one character: any-ascii's transliteration when the table has it ("Đ" → "D", "æ" → "ae"),
 * else accent folding (the project's one {@link foldText}).
 */
function foldChar(char: string, table: FoldTable): string {
  return table[char] ?? foldText(char);
}

/** A word folded to what search compares: transliterated, lower case, without apostrophes or a possessive "'s". */
export function foldWord(raw: string, table: FoldTable): string {
  let folded = raw;
  if (!ASCII.test(raw)) {
    folded = '';
    for (const char of raw.normalize('NFC')) folded += char < '\x80' ? char : foldChar(char, table);
  }
  return folded
    .toLowerCase()
    .replace(/['’‘]s$/, '')
    .replace(/['’‘]/g, '');
}

/** True when the text has a character the transliteration table may change (anything not ASCII). */
export const needsFoldTable = (text: string): boolean => !ASCII.test(text);

/** The words of one match of {@link WORD}, as [term, start, end] relative to the match. */
function wordsOf(raw: string, lexicon: Lexicon): [string, number, number][] {
  if (!WORD_CHAR.test(raw)) return lexicon.symbols[raw] ? [[lexicon.symbols[raw]!, 0, raw.length]] : [];
  if (GROUPED_NUMBER.test(raw)) return [[raw.replace(/,/g, ''), 0, raw.length]];
  if (PLAIN_NUMBER.test(raw)) return [[raw, 0, raw.length]];
  const glued = NUMBER_WITH_SUFFIX.exec(raw);
  if (glued) {
    const [, number, suffix] = glued as unknown as [string, string, string];
    const folded = foldWord(suffix, lexicon.fold);
    const scale = SCALE_OF_SUFFIX[folded];
    // "$3.8bn" is "3.8 billion"; "2.5km" is "2.5 km"; "3rd" and "1990s" stay one word.
    if (scale || /[.,]/.test(number)) {
      return [
        [number.replace(/,/g, ''), 0, number.length],
        [scale ?? folded, number.length, raw.length],
      ];
    }
    return [[foldWord(raw, lexicon.fold), 0, raw.length]];
  }
  // "U.S." and "a.m." keep their dots, so they never meet "us" and "am".
  if (INITIALISM.test(raw)) return [[foldWord(raw, lexicon.fold), 0, raw.length]];
  // "end.Next" or "3,4": the inner mark separates two words.
  const words: [string, number, number][] = [];
  let from = 0;
  for (const piece of raw.split(INNER_BREAK)) {
    const term = foldWord(piece, lexicon.fold);
    if (term) words.push([term, from, from + piece.length]);
    from += piece.length + 1;
  }
  return words;
}

/** The value of a run of number words ("one hundred and ten thousand" → 110000), or undefined when it is not one. */
export function numberWordsValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const [i, word] of words.entries()) {
    if (word === 'and' && i > 0 && i < words.length - 1) continue;
    const value = NUMBER_WORDS[word];
    const scale = SCALE_WORDS[word];
    if (value !== undefined) {
      // "twenty one" is 21 and "hundred and ten" 110, but "one two" and "twenty thirty" are two numbers.
      if (current % 100 !== 0 && (current % 10 !== 0 || value >= 10)) return undefined;
      current += value;
    } else if (scale === 100) {
      current = (current || 1) * 100;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else {
      return undefined;
    }
    any = true;
  }
  return any ? total + current : undefined;
}

const isNumberWord = (term: string) => term in NUMBER_WORDS || term in SCALE_WORDS;

/** Adds, at the first position of each run, the forms that stand for the whole run. */
function runForms(text: string, words: Token[]): Token[] {
  const extra: Token[] = [];
  const between = (a: Token, b: Token) => text.slice(a.end, b.start);
  // Hyphenated words: the closed form of the same letters ("cease-fire" → "ceasefire").
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j + 1 < words.length && HYPHEN.test(between(words[j]!, words[j + 1]!)) && LETTERS.test(words[j]!.term) && LETTERS.test(words[j + 1]!.term)) j++;
    if (j > i) {
      const run = words.slice(i, j + 1);
      extra.push({ term: run.map((w) => w.term).join(''), start: run[0]!.start, end: run.at(-1)!.end, pos: run[0]!.pos });
    }
    i = j + 1;
  }
  // Number words: their value in digits ("eight thousand" → "8000", "thirty-five" → "35").
  for (let i = 0; i < words.length; i++) {
    // A run starts with a number ("eight thousand"); a scale word alone ("million") is not one.
    if (!(words[i]!.term in NUMBER_WORDS)) continue;
    let j = i;
    while (
      j + 1 < words.length &&
      SPACE_OR_HYPHEN.test(between(words[j]!, words[j + 1]!)) &&
      (isNumberWord(words[j + 1]!.term) || (words[j + 1]!.term === 'and' && j + 2 < words.length && isNumberWord(words[j + 2]!.term)))
    )
      j++;
    // Drop words from the end until the run reads as one number ("one two" → "one").
    for (let k = j; k >= i; k--) {
      const value = numberWordsValue(words.slice(i, k + 1).map((w) => w.term));
      if (value !== undefined) {
        extra.push({ term: String(value), start: words[i]!.start, end: words[k]!.end, pos: words[i]!.pos });
        i = k;
        break;
      }
    }
  }
  return extra;
}

/** Splits text into comparable words, keeping each word's place in the original text. */
export function tokenize(text: string, lexicon: Lexicon = PLAIN): Token[] {
  const words: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    // A symbol is a word beside a number only ("$14", "3.5 %"), not in "(.*+?[^$|{}".
    if (!WORD_CHAR.test(match[0]) && !besideNumber(text, match.index, match[0].length)) continue;
    for (const [term, start, end] of wordsOf(match[0], lexicon)) {
      words.push({ term, start: match.index + start, end: match.index + end, pos: words.length });
    }
  }
  const extra = runForms(text, words);
  if (!extra.length) return words;
  return [...words, ...extra].sort((a, b) => a.pos - b.pos || a.start - b.start);
}

/** The comparable words of a text, in order, with the forms that stand for runs of words. */
export function terms(text: string, lexicon: Lexicon = PLAIN): string[] {
  return tokenize(text, lexicon).map((token) => token.term);
}
