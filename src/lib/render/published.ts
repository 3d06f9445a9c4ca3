// When a report was published, as its outlet wrote it: the day, and the time in the report's own
// offset with that offset named ("December 27, 2023, 19:10 UTC+1"), never converted to another zone.
import { formatDay } from './describe';

/** A publication time ready for a `<time>` element. */
export interface PublishedView {
  /** Machine-readable, as written: "2023-12-27", "2023-12-27T19:10:00+01:00". */
  datetime: string;
  /** For readers: "December 27, 2023" or "December 27, 2023, 19:10 UTC+1". */
  text: string;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO offset as a zone name: "Z" and "+00:00" → "UTC", "+01:00" → "UTC+1", "-05:30" → "UTC−5:30". */
export function zoneName(offset: string): string {
  if (offset === 'Z') return 'UTC';
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
  if (!sign) return '';
  if (Number(hours) === 0 && Number(minutes) === 0) return 'UTC';
  return `UTC${sign === '-' ? '−' : '+'}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * A publication date or date-time, written in ISO 8601 as the article's frontmatter gives it, in
 * words: the day alone when only a day is known; else the day and the time of day in the offset
 * written, with the zone ("19:10 UTC+1"), or with no zone when none was written.
 */
export function formatPublished(written: string): PublishedView {
  const match = ISO.exec(written.trim());
  if (!match) return { datetime: written, text: written };
  const [, day, hours, minutes, offset] = match;
  const date = formatDay(day!);
  if (hours === undefined) return { datetime: written, text: date };
  const zone = offset ? zoneName(offset) : '';
  return { datetime: written, text: `${date}, ${hours}:${minutes}${zone && ` ${zone}`}` };
}

/** The time a figure stands at (its as-of date or date-time), in words, as {@link formatPublished} writes it. */
export const formatAsOf = (asOf: string): string => formatPublished(asOf).text;
