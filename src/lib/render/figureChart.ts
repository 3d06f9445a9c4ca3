// The figures chart: for each quantity two or more outlets report, each outlet's value drawn with
// the bounds its wording allows, built at build time as inline SVG. Colours come from
// currentColor and CSS custom properties (classes below), so the chart follows the page's theme
// and prints; the status is written out in each panel's heading, never shown by colour alone.
import { formatBounds, formatFigureStatus, formatNumber } from '../compare/format';
import type { FigureEntry, FigureGroup } from '../compare/types';

const WIDTH = 640;
const LABEL = 170;
const PLOT_START = LABEL + 10;
const PLOT_END = WIDTH - 24;
const HEADING = 26;
const ROW = 30;
const AXIS = 28;
const GAP = 18;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A round number at or above `n` (1, 2, 2.5 or 5 times a power of ten) for the end of an axis. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= n)!;
}

/** The groups the chart shows: quantities with a value from two or more outlets. */
export const chartedGroups = (groups: FigureGroup[]) => groups.filter((g) => g.status !== 'only');

function bar(entry: FigureEntry, x: (v: number) => number, y: number): string {
  const lower = entry.lower ?? 0;
  const open = { left: entry.lower === null, right: entry.upper === null };
  const from = x(Math.max(0, lower));
  const to = entry.upper === null ? PLOT_END : x(entry.upper);
  const parts: string[] = [];
  if (to - from >= 1) {
    parts.push(`<rect class="range" x="${from.toFixed(1)}" y="${y - 5}" width="${(to - from).toFixed(1)}" height="10" rx="2"/>`);
  }
  // Open-ended wording ("over 10,000") runs off the end of the axis as an arrow.
  if (open.right) parts.push(`<path class="arrow" d="M${PLOT_END - 9} ${y - 9} L${PLOT_END + 3} ${y} L${PLOT_END - 9} ${y + 9} Z"/>`);
  if (open.left) parts.push(`<path class="arrow" d="M${PLOT_START + 9} ${y - 9} L${PLOT_START - 3} ${y} L${PLOT_START + 9} ${y + 9} Z"/>`);
  parts.push(`<circle class="value" cx="${x(entry.value).toFixed(1)}" cy="${y}" r="5"/>`);
  return parts.join('');
}

/** Options for {@link figureChart}. */
export interface FigureChartOptions {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** Outlet name of each article id. */
  outlets: ReadonlyMap<string, string>;
  title: string;
}

/** An accessible SVG chart (role="img", title, description) of the agreeing and conflicting figure groups; empty when there are none. */
export function figureChart(groups: FigureGroup[], options: FigureChartOptions): string {
  const shown = chartedGroups(groups);
  if (shown.length === 0) return '';
  const outlet = (article: string) => options.outlets.get(article) ?? article;
  const conflicts = shown.filter((g) => g.status === 'conflict').length;
  const description =
    `${shown.length} quantities reported by more than one outlet: ${conflicts} in conflict, ${shown.length - conflicts} in agreement. ` +
    'Each row is one outlet’s value; a bar spans the values its wording allows, an arrow marks an open end, a dot the stated value.';
  let y = 0;
  const panels = shown.map((group) => {
    const top = y;
    const finite = group.entries.flatMap((e) => [e.value, e.lower ?? e.value, e.upper ?? e.value]);
    const max = niceCeiling(Math.max(...finite) * 1.15);
    const x = (v: number) => PLOT_START + (Math.min(v, max) / max) * (PLOT_END - PLOT_START);
    const heading = `${group.counted} (${group.unit}) — ${formatFigureStatus(group.status, group.difference, undefined)}`;
    const rows = group.entries.map((entry, i) => {
      const rowY = top + HEADING + i * ROW + ROW / 2;
      return (
        `<g class="row"><text class="outlet" x="0" y="${rowY - 2}">${escapeXml(outlet(entry.article))}</text>` +
        `<text class="bounds" x="0" y="${rowY + 11}">${escapeXml(formatBounds(entry))}</text>${bar(entry, x, rowY)}</g>`
      );
    });
    const axisY = top + HEADING + group.entries.length * ROW + 4;
    y = axisY + AXIS + GAP;
    return (
      `<g class="panel ${group.status}">` +
      `<text class="heading" x="0" y="${top + 16}">${escapeXml(heading)}</text>` +
      rows.join('') +
      `<line class="axis" x1="${PLOT_START}" y1="${axisY}" x2="${PLOT_END}" y2="${axisY}"/>` +
      `<text class="tick" x="${PLOT_START}" y="${axisY + 16}">0</text>` +
      `<text class="tick" x="${PLOT_END}" y="${axisY + 16}" text-anchor="end">${escapeXml(formatNumber(max))}</text>` +
      `</g>`
    );
  });
  const height = y - GAP;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="figure-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(description)}</desc>` +
    panels.join('') +
    `</svg>`
  );
}
