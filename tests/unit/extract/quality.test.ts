// The extractor's scores on the labelled articles may not fall below the targets.
import { describe, expect, it } from 'vitest';
import { evaluateExtraction, prf, SCORED_KINDS, total } from '../../eval/extraction';

const scores = evaluateExtraction();

describe('extraction quality', () => {
  for (const score of scores.filter((s) => s.article.startsWith('seed-'))) {
    for (const kind of ['people', 'mentions', 'dates', 'figures'] as const) {
      it(`${score.article} ${kind}: recall ≥ 0.95 and precision ≥ 0.9`, () => {
        const { precision, recall } = prf(score.counts[kind]);
        expect(recall, score.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
        expect(precision, score.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      });
    }
  }
  for (const kind of SCORED_KINDS) {
    it(`all fixtures ${kind}: F1 ≥ 0.85`, () => {
      const errors = scores.flatMap((s) => s.errors.map((e) => `${s.article}: ${e}`)).join('\n');
      expect(prf(total(scores, kind)).f1, errors).toBeGreaterThanOrEqual(0.85);
    });
  }
  it('labels at least 10 fixture articles in at least 4 cross-outlet pairs, plus both seed articles', async () => {
    const { loadLabelledArticles } = await import('../../eval/extraction');
    const articles = loadLabelledArticles();
    const pairs = new Map<string, number>();
    for (const a of articles) if (a.frontmatter.pair) pairs.set(a.frontmatter.pair, (pairs.get(a.frontmatter.pair) ?? 0) + 1);
    expect(articles.filter((a) => !a.labels.article.startsWith('seed-')).length).toBeGreaterThanOrEqual(10);
    expect([...pairs.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(4);
    expect(articles.filter((a) => a.labels.article.startsWith('seed-')).length).toBe(2);
  });
});
