// Word-level text normalisation shared by the matchers: outlets spell the same words with
// different accents, quote marks, apostrophes, capitals and plurals.
import { stemmer as porterStem } from 'stemmer';
import { foldText } from '../text';

// Function words carry no topic; leaving them in makes every pair of sentences look alike.
/** Function words, which say nothing about what a text is about. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
  into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should
  so some such than that the their theirs them then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your yours said says say told according mr mrs ms`.split(/\s+/),
);

/**
 * A word's Porter stem, so that plurals and inflections compare equal ("migrants" → "migrant",
 * "injured"/"injuring" → "injur"). The `stemmer` package is the reference implementation.
 */
export const stem = (word: string): string => porterStem(word);

/** The words of a text, folded, in order (numbers included). */
export function words(text: string): string[] {
  return (
    foldText(text)
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)
      ?.map((w) => w.replace(/'s$/, '')) ?? []
  );
}

/** The content words of a text, folded, stemmed and without function words or bare numbers. */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w) && w.length > 1)
    .map(stem);
}

/** A sparse term-weight vector. */
export type TermVector = Map<string, number>;

/** Inverse document frequencies over a set of documents (each a list of terms), smoothed so unseen terms still weigh. */
export function inverseDocumentFrequencies(documents: string[][]): (term: string) => number {
  const counts = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const n = documents.length;
  return (term) => Math.log((1 + n) / (1 + (counts.get(term) ?? 0))) + 1;
}

/** A unit-length TF-IDF vector of a list of terms; `weights` (one per term, default 1) scale each occurrence. */
export function tfidfVector(terms: string[], idf: (term: string) => number, weights?: number[]): TermVector {
  const vector: TermVector = new Map();
  terms.forEach((term, i) => vector.set(term, (vector.get(term) ?? 0) + (weights?.[i] ?? 1)));
  let norm = 0;
  for (const [term, tf] of vector) {
    const weight = tf * idf(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine similarity of two unit-length vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** Share of the smaller set that the larger one also holds (1 when one contains the other). */
export function overlapCoefficient<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/** Dice similarity of two sets: twice the shared items over the total size. */
export function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}
