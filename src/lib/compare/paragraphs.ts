// Which paragraph of one article tells what a paragraph of another tells, by their wording alone
// (TF-IDF cosine over content words, so rare shared words count more than common ones). The facts
// both paragraphs mention are listed beside, but do not decide: the figure matcher reads this
// alignment's signal (paragraph words), so letting its groups decide alignment would be circular.
// The threshold is fitted by `npm run fit:matcher` on paragraphs that share a labelled quantity.
import type { Paragraph } from '../extract/types';
import { contentWords, inverseDocumentFrequencies, tfidfVector, type TermVector } from './text';
import type { ParagraphAlignment } from './types';
import weights from './weights.json';

/** Minimum similarity for a paragraph to count as another's counterpart (src/lib/compare/weights.json). */
export const ALIGNMENT_THRESHOLD: number = weights.paragraphs.threshold;

/** One article's paragraphs and, per paragraph number, the cross-article fact groups it mentions. */
export interface AlignmentSource {
  id: string;
  paragraphs: Paragraph[];
  groups: Map<number, Set<string>>;
}

interface Indexed {
  id: string;
  vectors: TermVector[];
  groups: Set<string>[];
  numbers: number[];
}

/** The best counterpart of each paragraph of `from` in `to`, when it scores at least `threshold`. */
function alignPair(from: Indexed, to: Indexed, threshold: number): ParagraphAlignment[] {
  // Postings let each paragraph meet only the paragraphs sharing a word with it.
  const postings = new Map<string, { at: number; weight: number }[]>();
  const post = (key: string, at: number, weight: number) => {
    const list = postings.get(key);
    if (list) list.push({ at, weight });
    else postings.set(key, [{ at, weight }]);
  };
  to.vectors.forEach((vector, at) => vector.forEach((weight, term) => post(`w:${term}`, at, weight)));

  const alignments: ParagraphAlignment[] = [];
  from.vectors.forEach((vector, index) => {
    const dots = new Map<number, number>();
    vector.forEach((weight, term) => {
      for (const { at, weight: other } of postings.get(`w:${term}`) ?? []) dots.set(at, (dots.get(at) ?? 0) + weight * other);
    });
    let best: ParagraphAlignment | undefined;
    for (const [at, textSimilarity] of dots) {
      const shared = [...from.groups[index]!].filter((group) => to.groups[at]!.has(group)).sort();
      const score = textSimilarity;
      if (score < threshold || (best && score <= best.score)) continue;
      best = {
        from: { article: from.id, paragraph: from.numbers[index]! },
        to: { article: to.id, paragraph: to.numbers[at]! },
        score: round(score),
        textSimilarity: round(textSimilarity),
        sharedFacts: shared,
      };
    }
    if (best) alignments.push(best);
  });
  return alignments;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** For every paragraph of every article, its best counterpart in each other article (score ≥ `threshold`, by default {@link ALIGNMENT_THRESHOLD}). */
export function alignParagraphs(articles: AlignmentSource[], threshold = ALIGNMENT_THRESHOLD): ParagraphAlignment[] {
  const terms = articles.map((a) => a.paragraphs.map((p) => contentWords(p.text)));
  const idf = inverseDocumentFrequencies(terms.flat());
  const indexed: Indexed[] = articles.map((a, i) => ({
    id: a.id,
    vectors: terms[i]!.map((t) => tfidfVector(t, idf)),
    groups: a.paragraphs.map((p) => a.groups.get(p.index) ?? new Set()),
    numbers: a.paragraphs.map((p) => p.index),
  }));
  return indexed.flatMap((from) => indexed.filter((to) => to !== from).flatMap((to) => alignPair(from, to, threshold)));
}
