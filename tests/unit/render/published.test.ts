import { describe, expect, it } from 'vitest';
import { formatPublished, zoneName } from '../../../src/lib/render/published';

describe('formatPublished', () => {
  it.each([
    ['2023-12-27', 'December 27, 2023'],
    ['2023-12-27T19:10:00+01:00', 'December 27, 2023, 19:10 UTC+1'],
    ['2023-12-27T19:10+01:00', 'December 27, 2023, 19:10 UTC+1'],
    ['2024-06-05T18:30:00-05:00', 'June 5, 2024, 18:30 UTC−5'],
    ['2025-02-06T16:45:00+05:30', 'February 6, 2025, 16:45 UTC+5:30'],
    ['2026-01-12T10:00:00+00:00', 'January 12, 2026, 10:00 UTC'],
    ['2023-12-27T18:10:00.000Z', 'December 27, 2023, 18:10 UTC'],
    ['2025-03-04T06:00:00+13:00', 'March 4, 2025, 06:00 UTC+13'],
    ['2023-12-27T19:10:00', 'December 27, 2023, 19:10'],
  ])('%s reads "%s", in the offset written, never converted', (written, text) => {
    expect(formatPublished(written)).toEqual({ datetime: written, text });
  });

  it('keeps the day the outlet wrote, even when UTC is already the next day', () => {
    expect(formatPublished('2024-11-13T23:05:00-05:00').text).toBe('November 13, 2024, 23:05 UTC−5');
  });

  it('names zones', () => {
    expect(zoneName('Z')).toBe('UTC');
    expect(zoneName('+01:00')).toBe('UTC+1');
    expect(zoneName('-09:30')).toBe('UTC−9:30');
    expect(zoneName('+0100')).toBe('UTC+1');
  });
});
