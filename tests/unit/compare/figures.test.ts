// Figures: grouped by what they count (never by value), then compared by the values their
// wording allows.
import { describe, expect, it } from 'vitest';
import { compareStory, factLinks } from '../../../src/lib/compare';
import { boundsOverlap, countedHead, figureStatus, type Bounds } from '../../../src/lib/compare/figures';
import { formatDifference } from '../../../src/lib/compare/format';
import { article, date, figure } from './facts';

const over = (value: number): Bounds => ({ value, lower: value, upper: null, qualifier: 'more-than' });
const atLeast = (value: number): Bounds => ({ value, lower: value, upper: null, qualifier: 'at-least' });
const about = (value: number): Bounds => ({ value, lower: value, upper: value, qualifier: 'about' });
const exact = (value: number): Bounds => ({ value, lower: value, upper: value, qualifier: 'exact' });
const between = (lower: number, upper: number): Bounds => ({ value: lower, lower, upper, qualifier: 'range' });
const under = (value: number): Bounds => ({ value, lower: null, upper: value, qualifier: 'less-than' });

describe('whether two figures can both hold', () => {
  it.each([
    ['over 8,000', over(8000), 'about 6,000', about(6000), false],
    ['about 6,000', about(6000), 'between 6,000 and 10,000', between(6000, 10000), true],
    ['over 8,000', over(8000), 'between 6,000 and 10,000', between(6000, 10000), true],
    ['about 7,500', about(7500), 'over 8,000', over(8000), true],
    ['more than 8,000', over(8000), 'exactly 8,000', exact(8000), false],
    ['at least 8,000', atLeast(8000), 'exactly 8,000', exact(8000), true],
    ['6,000', exact(6000), '6,000', exact(6000), true],
    ['6,000', exact(6000), '6,100', exact(6100), false],
    ['fewer than 100', under(100), 'more than 100', over(100), false],
    ['fewer than 100', under(100), 'about 95', about(95), true],
    ['tens of thousands', between(10000, 99999), 'more than 35,000', over(35000), true],
    ['tens of thousands', between(10000, 99999), 'about 6,000', about(6000), false],
  ])('%s vs %s → %s', (_, a, __, b, holds) => {
    expect(boundsOverlap(a, b)).toBe(holds);
    expect(boundsOverlap(b, a)).toBe(holds);
    expect(figureStatus([a, b])).toBe(holds ? 'agree' : 'conflict');
  });

  it('calls a single figure "only" and a group conflicting as soon as two members cannot both hold', () => {
    expect(figureStatus([about(6000)])).toBe('only');
    expect(figureStatus([between(6000, 10000), about(6000), over(8000)])).toBe('conflict');
  });
});

describe('the thing a figure counts', () => {
  it.each([
    ['migrants', 'migrant'],
    ['new influx of migrants', 'migrant'],
    ['a wave of refugees', 'refugee'],
    ['migrant encounters at the southern border', 'encounter'],
    ['homes destroyed by the fire', 'home'],
    ['US dollars', 'dollar'],
  ])('"%s" is about %s', (counted, head) => expect(countedHead(counted)).toBe(head));
});

describe('grouping figures across articles', () => {
  it('groups figures that count the same thing with different wording and reports the conflict with Δ and %', () => {
    const a = figure('a', 'A convoy of trucks carrying over 8,000 refugees crossed the northern frontier on foot.', 'over 8,000', over(8000), {
      unit: 'people',
      counted: 'refugees',
    });
    const b = figure(
      'b',
      'Officials counted a wave of refugees, estimated at 6,000, crossing the northern frontier.',
      'estimated at 6,000',
      about(6000),
      { unit: 'people', counted: 'wave of refugees' },
    );
    const comparison = compareStory([article('a', 'Daily One', { figures: [a] }), article('b', 'Wire Two', { figures: [b] })]);
    expect(comparison.figures).toHaveLength(1);
    const [group] = comparison.figures;
    expect(group!.status).toBe('conflict');
    expect(group!.entries.map((e) => [e.article, e.text])).toEqual([
      ['a', 'over 8,000'],
      ['b', 'estimated at 6,000'],
    ]);
    expect(group!.difference).toMatchObject({ absolute: 2000, between: ['b', 'a'] });
    expect(group!.difference!.percent).toBeCloseTo(33.33, 1);
    expect(formatDifference(group!.difference!)).toBe('differ by 2,000 (+33%)');
    const link = factLinks(comparison).get(`a:${a.id}`);
    expect(link).toMatchObject({ group: group!.group, kind: 'figure', status: 'conflict' });
    expect(link!.summary).toContain('Daily One: over 8,000 refugees');
    expect(link!.summary).toContain('Wire Two: estimated at 6,000 wave of refugees');
  });

  it('agrees when the bounds overlap', () => {
    const a = figure('a', 'The storm destroyed about 1,200 homes along the coast, officials said.', 'about 1,200', about(1200), {
      unit: 'homes',
      counted: 'homes',
    });
    const b = figure(
      'b',
      'Between 1,000 and 1,500 homes along the coast were destroyed by the storm.',
      'Between 1,000 and 1,500',
      between(1000, 1500),
      { unit: 'homes', counted: 'homes' },
    );
    const [group] = compareStory([article('a', 'A', { figures: [a] }), article('b', 'B', { figures: [b] })]).figures;
    expect(group).toMatchObject({ status: 'agree' });
    expect(group!.entries).toHaveLength(2);
    expect(group!.difference).toBeUndefined();
  });

  it('keeps apart two counts of the same unit over different periods', () => {
    const weekend = 'During the holiday weekend there were more than 35,000 arrests at the border.';
    const month = 'Since March 1 there have been over 250,000 arrests at the border, officials said.';
    const a = figure('a', weekend, 'more than 35,000', over(35000), { unit: 'arrests', counted: 'arrests at the border', asOf: { date: '2024-03-18', from: 'text' } });
    const b = figure('b', month, 'over 250,000', over(250000), { unit: 'arrests', counted: 'arrests at the border', asOf: { date: '2024-03-19', from: 'text' } });
    const holiday = date('a', 'the holiday weekend', '2024-03-16', '2024-03-18', { offset: weekend.indexOf('the holiday weekend') });
    const since = date('b', 'Since March 1', '2024-03-01', '2024-03-19', { offset: 0 });
    const comparison = compareStory([article('a', 'A', { figures: [a], dates: [holiday] }), article('b', 'B', { figures: [b], dates: [since] })]);
    // Both are lower bounds, so they would "agree"; they must not be grouped at all.
    expect(comparison.figures.map((g) => g.status)).toEqual(['only', 'only']);
  });

  it('keeps apart the same count tied to two dates that do not overlap', () => {
    const a = figure('a', 'In September, 120 flights were cancelled at the airport.', '120', exact(120), {
      unit: 'flights',
      counted: 'flights cancelled',
      asOf: { date: '2024-09-30', from: 'text' },
    });
    const b = figure('b', 'In October, 140 flights were cancelled at the airport.', '140', exact(140), {
      unit: 'flights',
      counted: 'flights cancelled',
      asOf: { date: '2024-10-31', from: 'text' },
    });
    const comparison = compareStory([
      article('a', 'A', { figures: [a], dates: [date('a', 'September', '2024-09-01', '2024-09-30', { offset: 3 })] }),
      article('b', 'B', { figures: [b], dates: [date('b', 'October', '2024-10-01', '2024-10-31', { offset: 3 })] }),
    ]);
    expect(comparison.figures).toHaveLength(2);
  });

  it('keeps a rate apart from a total of the same thing', () => {
    const a = figure(
      'a',
      'The agency admits tens of thousands of visitors each month under the program.',
      'tens of thousands',
      between(10000, 99999),
      { unit: 'people', counted: 'visitors', change: 'rate' },
    );
    const b = figure('b', 'The program has admitted 40,000 visitors under the agency rules.', '40,000', exact(40000), {
      unit: 'people',
      counted: 'visitors',
    });
    expect(compareStory([article('a', 'A', { figures: [a] }), article('b', 'B', { figures: [b] })]).figures).toHaveLength(2);
  });

  it('keeps apart sums in different currencies and figures of different kinds', () => {
    const a = figure('a', 'The city asked for $14 billion in flood aid.', '$14 billion', exact(14e9), { unit: 'US dollars', counted: 'flood aid' });
    const b = figure('b', 'The city asked for €12 billion in flood aid.', '€12 billion', exact(12e9), { unit: 'euros', counted: 'flood aid' });
    const c = figure('c', 'Flood aid rose 14 percent this year.', '14 percent', exact(14), { unit: 'percent', counted: 'flood aid' });
    const comparison = compareStory([article('a', 'A', { figures: [a] }), article('b', 'B', { figures: [b] }), article('c', 'C', { figures: [c] })]);
    expect(comparison.figures.map((g) => g.entries.length)).toEqual([1, 1, 1]);
  });

  it('pairs each figure with its best counterpart when an article has two of the same unit', () => {
    const injured = figure('a', 'At least 40 people were injured in the blast at the chemical plant.', 'At least 40', atLeast(40), {
      unit: 'people',
      counted: 'people injured',
      outcome: 'injured',
    });
    const killed = figure('a', 'The blast at the chemical plant killed 12 people, the fire service said.', '12', exact(12), {
      unit: 'people',
      counted: 'people killed',
      outcome: 'dead',
      source: { span: { paragraph: 1, start: 52, end: 70, text: 'the fire service' } },
    });
    const dead = figure('b', 'Firefighters said 15 people were killed when the chemical plant exploded.', '15', exact(15), {
      unit: 'people',
      counted: 'people killed',
      outcome: 'dead',
      source: { span: { paragraph: 1, start: 0, end: 12, text: 'Firefighters' } },
    });
    const comparison = compareStory([article('a', 'A', { figures: [injured, killed] }), article('b', 'B', { figures: [dead] })]);
    const shared = comparison.figures.filter((g) => g.entries.length > 1);
    expect(shared.map((g) => g.entries.map((e) => e.fact))).toEqual([[killed.id, dead.id]]);
    expect(shared[0]!.status).toBe('conflict');
  });

  it('puts one column per outlet in a story of three', () => {
    const sentence = (n: string) => `Organisers said ${n} runners finished the city marathon on Sunday.`;
    const figures = [
      figure('a', sentence('about 30,000'), 'about 30,000', about(30000), { unit: 'runners', counted: 'runners' }),
      figure('b', sentence('31,000'), '31,000', exact(31000), { unit: 'runners', counted: 'runners' }),
      figure('c', sentence('more than 29,000'), 'more than 29,000', over(29000), { unit: 'runners', counted: 'runners' }),
    ];
    const comparison = compareStory(figures.map((f, i) => article(f.article, `Outlet ${i}`, { figures: [f] })));
    expect(comparison.figures).toHaveLength(1);
    expect(comparison.figures[0]!.entries.map((e) => e.article)).toEqual(['a', 'b', 'c']);
    expect(comparison.figures[0]!.status).toBe('agree');
  });
});
