// Small text helpers shared by the extractors: spans, words and sentences over one paragraph.
import type { Span } from './types';

/** Builds a span whose text is exactly the paragraph's characters at [start, end). */
export function spanOf(paragraph: number, text: string, start: number, end: number): Span {
  return { paragraph, start, end, text: text.slice(start, end) };
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

// Abbreviations that end in a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'gov.', 'sen.', 'rep.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'st.',
  'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'mt.', 'ave.', 'blvd.', 'rd.', 'ft.', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'a.m.', 'p.m.', 'u.s.', 'u.k.',
  'u.n.', 'e.u.', 'approx.', 'est.', 'dept.', 'e.g.', 'i.e.', 'etc.', 'univ.', 'cmdr.', 'cdr.', 'adm.', 'maj.', 'brig.',
  'supt.', 'insp.', 'det.', 'cpl.', 'pvt.',
]);

/** True for a word that keeps its trailing period ("Gov.", "U.S.", an initial "F."). */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || /^\p{Lu}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word);
}

/** Splits a paragraph into words, dropping a sentence-final period from ordinary words. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let value = match[0];
    if (value.endsWith('.') && !isAbbreviation(value)) value = value.slice(0, -1);
    const start = match.index;
    words.push({ text: value, start, end: start + value.length });
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

/** Splits a paragraph into sentences without cutting after abbreviations such as "Gov." or "Dec.". */
export function sentencesOf(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const wordStart = text.slice(Math.max(0, match.index - 12), match.index + 1).search(/[\p{L}.]+\.$/u);
      const before = wordStart < 0 ? '' : text.slice(Math.max(0, match.index - 12), match.index + 1).slice(wordStart);
      if (isAbbreviation(before) && !/^(?:\p{L}\.){2,}$/u.test(before)) continue;
    }
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** The sentence containing offset `at`, found by binary search. */
export function sentenceAt(sentences: SentenceRange[], at: number): SentenceRange {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return sentences[low] ?? { start: 0, end: 0 };
}

/** True when [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
