// The status table: one entry per status, read by every view for wording, icon, order and emphasis.
import { describe, expect, it } from 'vitest';
import type { FigureGroup } from '../../../src/lib/compare';
import { byStatus, FIGURE_STATUS, figureStatuses, MARK_STATUS, markKey, markLook } from '../../../src/lib/render/status';

const group = (status: FigureGroup['status'], extra: Partial<FigureGroup> = {}): FigureGroup => ({
  group: `g-${status}`,
  status,
  unit: 'people',
  counted: 'migrants',
  entries: [{ article: 'upi' } as FigureGroup['entries'][number]],
  ...extra,
});

describe('the status table', () => {
  it('orders conflicts first, then updated counts, then agreements, then one-sided figures', () => {
    expect(figureStatuses()).toEqual(['conflict', 'updated', 'agree', 'only']);
    const orders = figureStatuses().map((s) => FIGURE_STATUS[s].order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('sorts groups by status, keeping the reports’ order within a status', () => {
    const groups = [group('only', { group: 'a' }), group('agree', { group: 'b' }), group('conflict', { group: 'c' }), group('only', { group: 'd' })];
    expect(byStatus(groups).map((g) => g.group)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('words each status with what makes it so', () => {
    const outlet = (id: string) => ({ upi: 'UPI' })[id] ?? id;
    expect(FIGURE_STATUS.conflict.describe(group('conflict', { difference: { between: ['a', 'b'], absolute: 2000, ratio: 1.333, percent: 33.3 } }), outlet)).toBe('Conflict: differ by 2,000 (+33%)');
    expect(FIGURE_STATUS.updated.describe(group('updated', { difference: { between: ['a', 'b'], absolute: 156, ratio: 3.03, percent: 203 } }), outlet)).toBe('Updated: rose by 156 (+203%)');
    expect(FIGURE_STATUS.agree.describe(group('agree'), outlet)).toBe('Agree');
    expect(FIGURE_STATUS.only.describe(group('only'), outlet)).toBe('Only in UPI');
  });

  it('gives every status a symbol, words for marks, and an emphasis: conflicts loud, one-sided raised, shared quiet', () => {
    for (const view of Object.values(MARK_STATUS)) {
      expect(view.icon).not.toBe('');
      expect(view.mark).not.toBe('');
    }
    expect(markLook('conflict')).toEqual({ emphasis: 'loud', tone: 'conflict', icon: '≠' });
    expect(markLook('updated')).toEqual({ emphasis: 'noted', tone: 'updated', icon: '↗' });
    expect(markLook('only')).toEqual({ emphasis: 'raised', tone: 'only' });
    expect(markLook('shared')).toEqual({ emphasis: 'quiet', tone: 'agree' });
  });
});

describe('the highlights’ key', () => {
  it('lists each look once, conflicts first, worded from the table', () => {
    expect(markKey().map((k) => k.text)).toEqual([
      'Wavy line and a symbol: in conflict with the other report',
      'Dashed line and an arrow: a count the other report gives as of another time',
      'Plain highlight: shared with the other report',
      'Dotted line: only in this report',
    ]);
  });
});
