// A count that moved between reports reads as a small timeline at the top of the story page:
// each value with its outlet and time, earliest first, and the change from the one before.
import { describe, expect, it } from 'vitest';
import { compareStory, type ComparableArticle } from '../../../src/lib/compare';
import { extractFacts } from '../../../src/lib/extract';
import { parseArticle } from '../../../src/lib/parse/parseArticle';
import { comparisonSummary } from '../../../src/lib/render/storyPage';

const reports: Array<[string, string, string]> = [
  ['Tuesday Wire', '2025-03-11T18:00:00+00:00', 'Officials said 413 people have died in the floods.'],
  ['Saturday Post', '2025-03-08T20:00:00+00:00', 'The floods have killed 77 people, officials said on Saturday.'],
  ['Sunday Radio', '2025-03-09T09:00:00+00:00', 'The death toll from the floods rose to 233 people, officials said.'],
];
const articles: ComparableArticle[] = reports.map(([outlet, published, text], i) => {
  const { paragraphs } = parseArticle(text, (block) => `r${i}-${block}`);
  return { article: { id: `r${i}`, outlet }, paragraphs, facts: extractFacts(paragraphs, { id: `r${i}`, published }) };
});

describe('an updated count on the story page', () => {
  const summary = comparisonSummary('floods', compareStory(articles), articles.map((a) => a.article.id));
  const update = summary.differences.find((d) => d.status.label === 'Updated');

  it('is listed among the differences, worded as a rise, not a conflict', () => {
    expect(update).toBeDefined();
    expect(update!.verdict).toBe('Updated: rose by 336 (+436%)');
    expect(summary.differences.some((d) => d.status.label === 'Conflict')).toBe(false);
  });

  it('lists the values earliest first, each with its outlet, its time and the change', () => {
    expect(update!.values.map((v) => [v.outlet, v.text, v.asOf, v.change])).toEqual([
      ['Saturday Post', '77', 'March 8, 2025, 20:00 UTC', undefined],
      ['Sunday Radio', '233', 'March 9, 2025, 09:00 UTC', '+156'],
      ['Tuesday Wire', '413', 'March 11, 2025, 18:00 UTC', '+180'],
    ]);
  });

  it('says why the figures are one quantity', () => {
    expect(update!.reason).toMatch(/^same quantity: all count people killed/);
  });
});
