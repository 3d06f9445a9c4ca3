// The figures view model: conflicts first, every outlet's cell, counts from the status table, the chart.
import { describe, expect, it } from 'vitest';
import { figuresPageModel, splitSentence } from '../../../src/lib/render/figuresPage';
import { seedStory, variedStory } from './stories';

describe('the figures view of the seed story', () => {
  const model = figuresPageModel(seedStory());

  it('puts the conflict first, then agreements, then one-sided figures, each in the reports’ order', () => {
    expect(model.rows[0]!.status).toBe('conflict');
    const ranks = model.rows.map((r) => r.sort.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const onlies = model.rows.filter((r) => r.status === 'only').map((r) => r.sort.order);
    expect(onlies).toEqual([...onlies].sort((a, b) => a - b));
  });

  it('gives each outlet its value, wording, sentence and place', () => {
    const [conflict] = model.rows;
    expect(conflict!.verdict).toBe('Conflict: differ by 2,000 (+33%)');
    expect(conflict!.cells.map((c) => c.outlet)).toEqual(['Fox News', 'UPI']);
    const fox = conflict!.cells[0]!.values[0]!;
    expect(fox).toMatchObject({ text: 'over 8,000', bounds: 'more than 8,000', place: 'Paragraph 9', href: '/stories/2023-12-27-mexico-city-migration-talks/#fox-news-p9' });
    expect(fox.sentence.join('')).toContain('over 8,000 migrants');
    expect(fox.sentence[1]).toBe('over 8,000');
  });

  it('words the lede and the filter from the status table', () => {
    expect(model.lede.map((p) => p.text).join('')).toBe('7 quantities across 2 reports: 1 conflict, 0 updated counts, 0 agreements and 6 figures only one outlet gives.');
    expect(model.lede.filter((p) => p.strong).map((p) => p.text)).toEqual(['1 conflict']);
    expect(model.filters.map((f) => [f.value, f.count])).toEqual([
      ['conflict', 1],
      ['updated', 0],
      ['agree', 0],
      ['only', 6],
    ]);
    expect(model.key.map((k) => k.label)).toEqual(['Conflict', 'Updated', 'Agree', 'Only in one outlet']);
  });

  it('charts the quantities two outlets give, with a text alternative', () => {
    expect(model.chart!.svg).toContain('role="img"');
    expect(model.chart!.lines).toEqual(['migrants (people): Fox News more than 8,000; UPI about 6,000. Conflict: differ by 2,000 (+33%).']);
  });
});

describe('other figures views', () => {
  it('a lone report: no comparison, no key, no chart, its figures listed', () => {
    const model = figuresPageModel(variedStory('lone-report'));
    expect(model.single).toBe(true);
    expect(model.key).toEqual([]);
    expect(model.chart).toBeUndefined();
    expect(model.lede[0]!.text).toMatch(/^Only one report of this story is in so far \(Coast Courier\)/);
  });

  it('four reports: a cell per outlet in every row; figures of reports the story page does not show link to their own page', () => {
    const story = variedStory('four-reports');
    const model = figuresPageModel(story);
    const onStoryPage = story.articles.slice(0, 2).map((a) => a.article.id);
    for (const row of model.rows) {
      expect(row.cells).toHaveLength(4);
      for (const value of row.cells.flatMap((c) => c.values)) {
        const [, article] = /#(.+)-p\d+$/.exec(value.href)!;
        expect(value.href.startsWith(onStoryPage.includes(article!) ? '/stories/four-reports/#' : `/stories/four-reports/${article}/#`), value.href).toBe(true);
      }
    }
  });

  it('splits a sentence around the figure as written', () => {
    expect(splitSentence('about 6,000 came', '6,000')).toEqual(['about ', '6,000', ' came']);
    expect(splitSentence('no figure here', '6,000')).toEqual(['no figure here', '', '']);
  });
});
