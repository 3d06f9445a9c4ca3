// The story page model: differences first, what one report alone gives, what both share, the
// detailed summary, the columns; built without a build from the seed story and a fixture site.
import { describe, expect, it } from 'vitest';
import type { FigureGroup } from '../../../src/lib/compare';
import { headlineConflict, storyPageModel } from '../../../src/lib/render/storyPage';
import { seedStory, variedStory } from './stories';

describe('the seed story page', () => {
  const story = seedStory();
  const model = storyPageModel(story, story.articles.slice(0, 2));

  it('states the conflict first, with both values, their outlets and links to the sentences', () => {
    const [conflict, ...rest] = model.summary!.differences;
    expect(rest).toEqual([]);
    expect(conflict!.status.label).toBe('Conflict');
    expect(conflict!.counted).toBe('migrants');
    expect(conflict!.values.map((v) => [v.outlet, v.bounds])).toEqual([
      ['Fox News', 'more than 8,000'],
      ['UPI', 'about 6,000'],
    ]);
    expect(conflict!.values[0]!.text).toBe('over 8,000');
    expect(conflict!.values.map((v) => v.href)).toEqual(['#fox-news-p9', '#upi-p2']);
    expect(conflict!.values.map((v) => v.place)).toEqual(['Fox News, paragraph 9', 'UPI, paragraph 2']);
    expect(conflict!.verdict).toBe('Conflict: differ by 2,000 (+33%)');
  });

  it('lists the figures only one report gives, by outlet', () => {
    const oneSided = model.summary!.oneSided;
    expect(oneSided.map((o) => o.outlet)).toEqual(['Fox News', 'UPI']);
    expect(oneSided[1]!.figures.map((f) => f.text)).toEqual(['more than 11,000 people waiting to enter the United States']);
    for (const o of oneSided) for (const f of o.figures) expect(f.href).toMatch(/^#(fox-news|upi)-p\d+$/);
  });

  it('says in one line what both reports share, and tallies it for the summary', () => {
    expect(model.summary!.shared).toBe('Both reports name Antony Blinken, Alejandro Mayorkas, Andres Manuel Lopez Obrador and Liz Sherwood-Randall; mention 2 dates; carry 2 quotes.');
    expect(model.summary!.tally).toBe('In common: 4 officials · 2 dates · 0 figures · 2 quotes');
  });

  it('keeps each outlet’s own title where the titles differ, and says so', () => {
    const officials = model.summary!.glance.find((s) => s.id === 'glance-officials')!;
    const liz = officials.items.find((i) => i.head === 'Liz Sherwood-Randall')!;
    expect(liz.sources.map((s) => `${s.outlet}: ${s.text}`)).toEqual(['Fox News: White House Homeland Security Advisor', 'UPI: White House Homeland Security adviser']);
    expect(liz.note).toBe('titles worded differently');
    const blinken = officials.items.find((i) => i.head === 'Antony Blinken')!;
    expect(blinken.detail).toBe('Secretary of State');
    expect(blinken.sources.every((s) => s.text === undefined)).toBe(true);
  });

  it('gives the masthead without hand-made plurals, and no pair picker for two reports', () => {
    expect(model.header.reports).toBe('2 reports: Fox News, UPI');
    expect(model.header.date.text).toBe('December 27, 2023');
    expect(model.pairs).toEqual([]);
    expect(model.compared).toBe(true);
    expect(model.columns.map((c) => c.meta.outlet)).toEqual(['Fox News', 'UPI']);
    expect(model.columns[0]!.links!.size).toBeGreaterThan(20);
  });
});

describe('stories of other sizes', () => {
  it('a lone report: no summary, a plain note and a link to its page', () => {
    const story = variedStory('lone-report');
    const model = storyPageModel(story, story.articles);
    expect(model.summary).toBeUndefined();
    expect(model.lone!.text).toContain('there is no other report to compare it with yet');
    expect(model.compared).toBe(false);
  });

  it('four reports: every pair, the current one marked; figures of reports not shown link to their own pages', () => {
    const story = variedStory('four-reports');
    const model = storyPageModel(story, story.articles.slice(1, 3));
    expect(model.pairs).toHaveLength(6);
    expect(model.pairs.filter((p) => p.current)).toHaveLength(1);
    expect(model.title).toMatch(/ and .* on /);
    const shown = new Set(story.articles.slice(1, 3).map((a) => a.article.id));
    const links = [...model.summary!.differences.flatMap((d) => d.values), ...model.summary!.oneSided.flatMap((o) => o.figures)].map((v) => v.href);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [, page, article] = /^(?:\/stories\/four-reports\/([^/]+)\/)?#(.+)-p\d+$/.exec(href) ?? [];
      expect(article, href).toBeDefined();
      if (page) expect(page === article && !shown.has(article!), href).toBe(true);
      else expect(shown.has(article!), href).toBe(true);
    }
    expect(model.summary!.shared).toMatch(/^At least two reports /);
  });
});

describe('the headline conflict', () => {
  const conflict = (group: string, ratio: number | null, absolute: number): FigureGroup => ({
    group,
    status: 'conflict',
    unit: 'people',
    counted: group,
    entries: [],
    difference: { between: ['a', 'b'], absolute, ratio, percent: ratio === null ? null : (ratio - 1) * 100 },
  });

  it('is the conflict with the largest relative difference, not the largest absolute one', () => {
    const groups = [conflict('big', 1.1, 100_000), conflict('far', 3, 20), { ...conflict('agreeing', 9, 9), status: 'agree' as const }];
    expect(headlineConflict(groups)?.group).toBe('far');
  });

  it('counts a difference from zero as the largest, and is absent without conflicts', () => {
    expect(headlineConflict([conflict('some', 2, 10), conflict('from-zero', null, 5)])?.group).toBe('from-zero');
    expect(headlineConflict([])).toBeUndefined();
  });
});
