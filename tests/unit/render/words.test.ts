import { describe, expect, it } from 'vitest';
import { capitalise, count, listJoin, shorten } from '../../../src/lib/render/words';

describe('words', () => {
  it('counts with the right number of the noun, with a space', () => {
    expect(count(1, ['report', 'reports'])).toBe('1 report');
    expect(count(2, ['report', 'reports'])).toBe('2 reports');
    expect(count(0, ['conflict', 'conflicts'])).toBe('0 conflicts');
  });

  it('lists in prose', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['A'])).toBe('A');
    expect(listJoin(['A', 'B'])).toBe('A and B');
    expect(listJoin(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('capitalises and shortens at a word', () => {
    expect(capitalise('paragraph 9')).toBe('Paragraph 9');
    expect(shorten('one two three four', 9)).toBe('one two …');
    expect(shorten('short', 9)).toBe('short');
  });
});
