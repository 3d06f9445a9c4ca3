// How comparison results read as text: in summaries, table cells, chart labels and alt text.
// (A status itself is worded by the status table, src/lib/render/status.ts.)
import type { FigureQualifier } from '../extract/types';
import type { FigureDifference } from './types';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const DAY = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** A number with thousands separators ("8,000"). */
export const formatNumber = (n: number) => NUMBER.format(n);

/** What a figure's wording allows, in words ("more than 8,000", "between 6,000 and 10,000", "about 4,000"). */
export function formatBounds(figure: { value: number; lower: number | null; upper: number | null; qualifier: FigureQualifier }): string {
  const { value, lower, upper } = figure;
  switch (figure.qualifier) {
    case 'exact':
      return formatNumber(value);
    case 'about':
      return `about ${formatNumber(value)}`;
    case 'nearly':
      return `nearly ${formatNumber(value)}`;
    case 'at-least':
      return `at least ${formatNumber(lower ?? value)}`;
    case 'more-than':
      return `more than ${formatNumber(lower ?? value)}`;
    case 'at-most':
      return `at most ${formatNumber(upper ?? value)}`;
    case 'less-than':
      return `less than ${formatNumber(upper ?? value)}`;
    case 'range':
      if (lower !== null && upper !== null) return `between ${formatNumber(lower)} and ${formatNumber(upper)}`;
      return lower !== null ? `at least ${formatNumber(lower)}` : `at most ${formatNumber(upper ?? value)}`;
  }
}

/** A conflict's size: "differ by 2,000 (+33%)". */
export function formatDifference(difference: FigureDifference): string {
  const percent = difference.percent === null ? '' : ` (+${Math.round(difference.percent)}%)`;
  return `differ by ${formatNumber(difference.absolute)}${percent}`;
}

/** A resolved calendar span in words ("Wednesday, December 27, 2023", "December 2023", "2023", or a range). */
export function formatDateSpan(span: { start: string; end: string; granularity: string }): string {
  const day = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));
  if (span.granularity === 'year') return span.start.slice(0, 4);
  if (span.granularity === 'month') return MONTH.format(new Date(`${span.start}T00:00:00Z`));
  if (span.start === span.end) return day(span.start);
  return `${day(span.start)} to ${day(span.end)}`;
}

/** A share (0–1) of a quotation in words ("the whole quotation", "62% of the quotation"). */
export const formatShare = (share: number) => (share >= 0.995 ? 'the whole quotation' : `${Math.round(share * 100)}% of the quotation`);
