// Gate: page weight (budgets in tests/quality/budgets.json). A story page, with everything it loads
// before the reader does anything, stays small when compressed; the search code fetched on first
// focus stays small too (its index is reported, not capped here: it grows with the content).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runWeightBench, type WeightReport } from '../bench/weights';

const budget = (JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as { weight: { storyPageGzipBytes: number; searchCodeGzipBytes: number } }).weight;
let report: WeightReport;

beforeAll(async () => {
  report = await runWeightBench({ distDir: inject('distDir'), siteUrl: inject('siteUrl') });
}, 120_000);

describe('page weight', () => {
  it(`a story page transfers at most ${budget.storyPageGzipBytes} bytes of gzip HTML, CSS and scripts before interaction`, () => {
    const story = report.pages.find((p) => p.type === 'story');
    expect(story).toBeDefined();
    expect(story!.html).toBeGreaterThan(0);
    expect(story!.css).toBeGreaterThan(0);
    expect(story!.total).toBeLessThanOrEqual(budget.storyPageGzipBytes);
  });

  it(`the search code loaded on focus is at most ${budget.searchCodeGzipBytes} bytes of gzip, and it fetches an index`, () => {
    expect(report.search.code).toBeGreaterThan(0);
    expect(report.search.code).toBeLessThanOrEqual(budget.searchCodeGzipBytes);
    expect(report.search.index).toBeGreaterThan(0);
  });

  it('every page type is measured', () => {
    expect(report.pages.map((p) => p.type)).toEqual(expect.arrayContaining(['home', 'story', 'article', 'search', 'not-found']));
  });
});
