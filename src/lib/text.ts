// Text primitives shared by every stage that reads article text: folding for comparison, the
// offset tokenizer, the sentence splitter and span helpers. Offsets are UTF-16 code units into
// the paragraph's visible text, [start, end), so a span can always be cut back out of the text.
import { ABBREVIATIONS } from './extract/lexicon/abbreviations';
import type { Span } from './extract/types';

/**
 * Folds text for comparison: no diacritics, typographic quotes, apostrophes and dashes as plain
 * ASCII, lower case. Keeps the length of most text but not all (ligatures expand): never use its
 * offsets on the original.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase();
}

/** Builds a span whose text is exactly the paragraph's characters at [start, end). */
export function spanOf(paragraph: number, text: string, start: number, end: number): Span {
  return { paragraph, start, end, text: text.slice(start, end) };
}

/** True when [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** A word of a paragraph with its offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters and digits joined by inner apostrophes, hyphens and periods ("O'Brien", "U.S.",
// "Smith-Jones"); a trailing period is kept only for abbreviations and initials.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;

/** True for a word that keeps its trailing period ("Gov.", "U.S.", an initial "F."). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word);
}

/** Splits a paragraph into words, dropping a sentence-final period from ordinary words. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let value = match[0];
    if (value.endsWith('.') && !isAbbreviation(value)) value = value.slice(0, -1);
    words.push({ text: value, start: match.index, end: match.index + value.length });
  }
  return words;
}

/** A sentence's [start, end) offsets within its paragraph. */
export interface SentenceRange {
  start: number;
  end: number;
}

// A sentence ends at . ! or ? (plus closing quotes/brackets) before whitespace and a capital,
// digit or opening quote — unless the period belongs to an abbreviation.
const SENTENCE_END = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;
// How far back an abbreviation before a period is looked for ("Sept." is the longest that matters).
const ABBREVIATION_REACH = 12;
// "She won 48. 7% of the vote": a decimal broken by a typo's space, not a sentence end.
const BROKEN_DECIMAL = /^\.\s\d+(?:\s?%|\s(?:percent|per\s+cent)\b)/;

/** Splits a paragraph into sentences without cutting after abbreviations ("Gov.", "Dec.") or inside a typo-spaced decimal. */
export function sentencesOf(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0] === '.') {
      const window = text.slice(Math.max(0, match.index - ABBREVIATION_REACH), match.index + 1);
      const before = /[\p{L}.]+\.$/u.exec(window)?.[0] ?? '';
      if (isAbbreviation(before) && !/^(?:\p{L}\.){2,}$/u.test(before)) continue;
      if (/\d$/.test(text.slice(0, match.index)) && BROKEN_DECIMAL.test(text.slice(match.index, match.index + 16))) continue;
    }
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** The sentence containing offset `at`, found by binary search over sentences in order. */
export function sentenceAt(sentences: readonly SentenceRange[], at: number): SentenceRange {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return sentences[low] ?? { start: 0, end: 0 };
}
