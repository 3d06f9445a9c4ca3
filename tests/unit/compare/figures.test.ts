// Figures across reports, as a reader of the figures view would check them: the same quantity in
// other words is one group, real disagreements are conflicts, different quantities are never one
// group, counts that moved between reports are updates, and rounding is agreement. The stories are
// short reports read by the real parser and extractor, so these are the cases end to end.
import { describe, expect, it } from 'vitest';
import { compareStory, factLinks, type ComparableArticle } from '../../../src/lib/compare';
import type { FigureGroup } from '../../../src/lib/compare/types';
import { figureStatus, type StatusEntry } from '../../../src/lib/compare/figures/status';
import { valuesAgree, type Bounds } from '../../../src/lib/compare/figures/values';
import { extractFacts } from '../../../src/lib/extract';
import { parseArticle } from '../../../src/lib/parse/parseArticle';

/** A report: its outlet, publication time and paragraphs. */
type Report = [outlet: string, published: string, ...paragraphs: string[]];

function story(...reports: Report[]): { groups: FigureGroup[]; ids: string[] } {
  const articles: ComparableArticle[] = reports.map(([outlet, published, ...paragraphs], i) => {
    const id = `r${i + 1}`;
    const { paragraphs: parsed } = parseArticle(paragraphs.join('\n\n'), (block) => `${id}-${block}`);
    return { article: { id, outlet }, paragraphs: parsed, facts: extractFacts(parsed, { id, published }) };
  });
  return { groups: compareStory(articles).figures, ids: articles.map((a) => a.article.id) };
}

/** The group holding the figure written `text`, in any report. */
const groupOf = (groups: FigureGroup[], text: string) => groups.find((g) => g.entries.some((e) => e.text.includes(text)));
/** True when the figures written `a` and `b` are in one group. */
const together = (groups: FigureGroup[], a: string, b: string) => {
  const group = groupOf(groups, a);
  return !!group && group === groupOf(groups, b);
};
const DAY = '2025-03-12T09:00:00+00:00';

describe('the same quantity in different words is one group', () => {
  it.each<[string, Report, Report, string, string]>([
    ['audience / watchers', ['A', DAY, "Nielsen put the game's average audience at 88.3 million."], ['B', DAY, 'Some 88.3 million watchers followed the game.'], '88.3 million', '88.3 million'],
    ['payroll employment / jobs', ['A', DAY, 'Payroll employment climbed by 64,000 last month.'], ['B', DAY, 'Companies created 64,000 jobs last month.'], '64,000', '64,000'],
    ['more than / at least', ['A', DAY, 'The flood damaged more than 12,000 homes in the valley.'], ['B', DAY, 'At least 12,000 homes in the valley were damaged by the flood.'], 'more than 12,000', 'At least 12,000'],
    ['the same words', ['A', DAY, 'The crash killed 14 people on the motorway.'], ['B', DAY, 'Police said 14 people died in the motorway crash.'], '14', '14'],
  ])('%s → agree', (_, a, b, x, y) => {
    const { groups } = story(a, b);
    const group = groupOf(groups, x)!;
    expect(group.entries.map((e) => e.article).sort()).toEqual(['r1', 'r2']);
    expect(group.entries.some((e) => e.article === 'r2' && e.text.includes(y))).toBe(true);
    expect(group.status).toBe('agree');
  });

  it('keeps every mention when one report repeats the figure', () => {
    const { groups } = story(
      ['A', DAY, 'The crash killed 14 people on the motorway.', 'Of the 14 people killed, three were children.'],
      ['B', DAY, 'Police said 14 people died in the motorway crash.'],
    );
    const group = groupOf(groups, '14')!;
    expect(group.entries.filter((e) => e.article === 'r1').length).toBe(2);
    expect(group.entries.filter((e) => e.article === 'r2').length).toBe(1);
  });
});

describe('real disagreements are one group and a conflict', () => {
  it.each<[string, Report, Report, string, string]>([
    ['nine / ten carriages', ['A', DAY, 'Nine carriages left the rails near the station.'], ['B', DAY, 'Ten carriages and one engine derailed near the station.'], 'Nine', 'Ten'],
    ['1,870 injured / about 2,310 hurt', ['A', DAY, 'Officials counted 1,870 injured after the earthquake.'], ['B', DAY, 'About 2,310 people were hurt in the earthquake, the vice-president said.'], '1,870', 'About 2,310'],
    ['15 / 16 million people', ['A', DAY, 'The city, home to 15 million people, is the largest in the country.'], ['B', DAY, 'The city has a population of 16 million people, the largest in the country.'], '15 million', '16 million'],
  ])('%s → conflict', (_, a, b, x, y) => {
    const { groups } = story(a, b);
    expect(together(groups, x, y)).toBe(true);
    expect(groupOf(groups, x)!.status).toBe('conflict');
    expect(groupOf(groups, x)!.difference).toBeDefined();
  });
});

describe('different quantities are never one group', () => {
  it.each<[string, Report, Report, string, string]>([
    ['a forecast and an actual', ['A', DAY, 'Total employment went up by 64,000 in March.'], ['B', DAY, 'Economists had pencilled in 40,000 for March.'], '64,000', '40,000'],
    ['two shares of one base', ['A', DAY, 'Defence will take 2.1 per cent of GDP.'], ['B', DAY, 'The budget gap is seen at 4.8 per cent of GDP.'], '2.1 per cent', '4.8 per cent'],
    ['a total and a part', ['A', DAY, 'At least four people died when the bus overturned.'], ['B', DAY, 'Three of those killed were on the bus.'], 'At least four', 'Three'],
    ["last month's and this month's rate", ['A', DAY, 'The jobless rate fell to 4.1% in February.'], ['B', DAY, 'In January the jobless rate stood at 4.4%.'], '4.1%', '4.4%'],
    ['two earthquakes', ['A', DAY, 'The magnitude 7.1 quake struck at dawn.'], ['B', DAY, 'A magnitude 5.2 aftershock followed at noon.'], '7.1', '5.2'],
    ["a city's rating and the nation's", ['A', DAY, 'Lagos scored 62 on the index.'], ['B', DAY, 'The national score on the index was 48.'], '62', '48'],
    ["a past march's crowd and today's", ['A', DAY, 'About 20,000 people marched through the capital on Saturday.'], ['B', DAY, 'A similar march in 2019 drew 200,000 people to the capital.'], 'About 20,000', '200,000'],
  ])('%s', (_, a, b, x, y) => {
    const { groups } = story(a, b);
    expect(together(groups, x, y)).toBe(false);
  });
});

describe('counts that move between reports are updates, not conflicts', () => {
  it('reads 77, 233 and 413 dead over four days as one updated count', () => {
    const { groups } = story(
      ['A', '2025-03-08T20:00:00+00:00', 'The floods have killed 77 people, officials said on Saturday.'],
      ['B', '2025-03-09T09:00:00+00:00', 'The death toll from the floods rose to 233 people, officials said.'],
      ['C', '2025-03-11T18:00:00+00:00', 'Officials said 413 people have died in the floods.'],
    );
    const group = groupOf(groups, '413')!;
    expect(group.entries.map((e) => e.article).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(group.status).toBe('updated');
  });

  it.each<[string, StatusEntry[], string]>([
    ['later and larger, other days', [{ ...dead(77), article: 'a', asOf: { date: '2025-03-08T20:00:00Z', from: 'published' } }, { ...dead(233), article: 'b', asOf: { date: '2025-03-09T09:00:00Z', from: 'published' } }], 'updated'],
    ['the same morning', [{ ...dead(77), article: 'a', asOf: { date: '2025-03-09T07:00:00Z', from: 'published' } }, { ...dead(80), article: 'b', asOf: { date: '2025-03-09T09:00:00Z', from: 'published' } }], 'conflict'],
    ['later but smaller', [{ ...dead(233), article: 'a', asOf: { date: '2025-03-08T20:00:00Z', from: 'published' } }, { ...dead(77), article: 'b', asOf: { date: '2025-03-10T09:00:00Z', from: 'published' } }], 'conflict'],
    ['not a running count', [{ ...exact(77), article: 'a', head: 'bridge', asOf: { date: '2025-03-08', from: 'published' } }, { ...exact(80), article: 'b', head: 'bridge', asOf: { date: '2025-03-10', from: 'published' } }], 'conflict'],
    ['a conflict at one time wins over an update', [
      { ...dead(77), article: 'a', asOf: { date: '2025-03-08T20:00:00Z', from: 'published' } },
      { ...dead(233), article: 'b', asOf: { date: '2025-03-10T09:00:00Z', from: 'published' } },
      { ...dead(90), article: 'c', asOf: { date: '2025-03-08T21:00:00Z', from: 'published' } },
    ], 'conflict'],
  ])('%s → %s', (_, entries, status) => expect(figureStatus(entries)).toBe(status));
});

function exact(value: number, precision = 1): Bounds {
  return { value, lower: value, upper: value, qualifier: 'exact', precision };
}
function dead(value: number): Bounds & { outcome: 'dead' } {
  return { ...exact(value), outcome: 'dead' };
}

describe('rounding is agreement', () => {
  it.each<[string, Bounds, Bounds, boolean]>([
    ['58.43 / 58.4', exact(58.43, 0.01), exact(58.4, 0.1), true],
    ['1,512,000 / 1.5 million', exact(1_512_000), exact(1_500_000, 100_000), true],
    ['311,904 / 312,000 (trailing zeros round)', exact(311_904), exact(312_000), true],
    ['15 million / 16 million', exact(15e6, 1e6), exact(16e6, 1e6), false],
    ['6,730,413 / 6,730,430', exact(6_730_413), exact(6_730_430), false],
    ['20 / 23', exact(20), exact(23), false],
    ['about 6,000 / 6,200', { value: 6000, lower: 6000, upper: 6000, qualifier: 'about', precision: 1 }, exact(6200), true],
    ["more than 8,000 / 7,900", { value: 8000, lower: 8000, upper: null, qualifier: "more-than", precision: 1 }, exact(7900), false],
    ['at least 8,000 / 8,000', { value: 8000, lower: 8000, upper: null, qualifier: 'at-least', precision: 1 }, exact(8000), true],
  ])('%s → %s', (_, a, b, agree) => {
    expect(valuesAgree(a, b)).toBe(agree);
    expect(valuesAgree(b, a)).toBe(agree);
  });
});

describe('what the reader is told', () => {
  it('says why figures were grouped, and marks them in the text with their status', () => {
    const reports: Report[] = [
      ['A', DAY, 'Nine carriages left the rails near the station.'],
      ['B', DAY, 'Ten carriages and one engine derailed near the station.'],
    ];
    const articles: ComparableArticle[] = reports.map(([outlet, published, text], i) => {
      const { paragraphs } = parseArticle(text!, (block) => `r${i}-${block}`);
      return { article: { id: `r${i}`, outlet }, paragraphs, facts: extractFacts(paragraphs, { id: `r${i}`, published }) };
    });
    const comparison = compareStory(articles);
    const group = comparison.figures.find((g) => g.entries.length > 1)!;
    expect(group.reason).toMatch(/^same quantity: both count carriages/);
    expect(group.probability).toBeGreaterThan(0);
    const link = factLinks(comparison).get(`r0:${group.entries[0]!.fact}`);
    expect(link).toMatchObject({ status: 'conflict' });
  });
});
