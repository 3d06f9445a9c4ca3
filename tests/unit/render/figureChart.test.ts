// The chart is drawn in CSS pixels with percentage positions and no viewBox, so it is never scaled
// down on a phone; labels wrap instead of running off its edge.
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { FigureEntry, FigureGroup } from '../../../src/lib/compare';
import { axisTicks, chartedGroups, figureChart, tickLabel, wrapText } from '../../../src/lib/render/figureChart';

const entry = (article: string, value: number, lower: number | null, upper: number | null, text: string): FigureEntry =>
  ({ article, value, lower, upper, qualifier: 'exact', text } as FigureEntry);
const groups: FigureGroup[] = [
  { group: 'g1', status: 'only', unit: 'people', counted: 'people waiting', entries: [entry('b', 11000, 11000, null, 'more than 11,000')] },
  { group: 'g2', status: 'agree', unit: 'USD', counted: 'additional border security funding in the emergency package', entries: [entry('a', 14e9, 14e9, 14e9, '$14 billion'), entry('b', 14e9, 14e9, 14e9, '$14bn')] },
  {
    group: 'g3',
    status: 'conflict',
    unit: 'people',
    counted: 'migrants',
    entries: [entry('a', 8000, 8000, null, 'over 8,000'), entry('b', 6000, 5400, 6600, 'estimated at 6,000')],
    difference: { between: ['b', 'a'], absolute: 2000, ratio: 1.333, percent: 33.3 },
  },
];
const outlets = new Map([
  ['a', 'Fox News'],
  ['b', 'A Very Long Outlet Name Broadcasting Corporation'],
]);

describe('figureChart', () => {
  const svg = fromHtml(figureChart(groups, { id: 'c', outlets, title: 'Figures' }), { fragment: true });

  it('is never scaled: no viewBox, a width of 100 % and a height in pixels', () => {
    const [root] = selectAll('svg', svg);
    expect(root!.properties.viewBox).toBeUndefined();
    expect(root!.properties.width).toBe('100%');
    expect(Number(root!.properties.height)).toBeGreaterThan(100);
    for (const el of selectAll('rect, circle, use, line', svg)) for (const x of [el.properties.x, el.properties.cx, el.properties.x1, el.properties.x2]) if (x !== undefined) expect(String(x)).toMatch(/^(0|\d+(\.\d+)?%)$/);
  });

  it('charts only quantities two outlets give, conflicts first', () => {
    expect(chartedGroups(groups).map((g) => g.group)).toEqual(['g3', 'g2']);
    const headings = selectAll('text.heading', svg).map((t) => toString(t));
    expect(headings[0]).toBe('migrants (people)');
    expect(toString(svg)).toContain('≠ Conflict: differ by 2,000 (+33%)');
  });

  it('labels every value and has readable ticks on each axis', () => {
    const labels = selectAll('text.label', svg).map((t) => toString(t));
    expect(labels).toContain('Fox News: over 8,000');
    expect(selectAll('text.tick', svg).map((t) => toString(t)).slice(0, 5)).toEqual(['0', '2,500', '5,000', '7,500', '10,000']);
  });

  it('wraps long labels and headings rather than run them off a phone screen', () => {
    for (const t of selectAll('text', svg)) expect(toString(t).length, toString(t)).toBeLessThanOrEqual(48);
    expect(wrapText('additional border security funding in the emergency package', 40)).toEqual(['additional border security funding in', 'the emergency package']);
  });

  it('picks round ticks, compact once numbers get long', () => {
    expect(axisTicks(9200)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(axisTicks(2300)).toEqual([0, 1000, 2000, 3000]);
    expect(tickLabel(2_500_000)).toBe('2.5M');
    expect(tickLabel(7500)).toBe('7,500');
  });
});
