// The figures chart: for each quantity two or more outlets report, each outlet's value drawn with
// the bounds its wording allows, built at build time as inline SVG. Colours come from
// currentColor and CSS custom properties (classes below), so the chart follows the page's theme
// and prints; the status is written out in each panel's heading, never shown by colour alone.
//
// The chart is never scaled: it has no viewBox, its height is fixed in CSS pixels and every
// horizontal position is a percentage of its width. So its text is exactly the size the stylesheet
// gives it on any screen, and a narrow screen gets a narrower plot, not smaller letters. Labels
// sit on their own line above each bar, and long ones wrap, so nothing needs room beside the plot.
import { formatNumber } from '../compare/format';
import type { FigureEntry, FigureGroup } from '../compare/types';
import { byStatus, FIGURE_STATUS, figureStatuses } from './status';
import { count } from './words';

/** Line heights and gaps, in CSS pixels. */
const HEADING = 20;
const LABEL = 18;
const BAR = 24;
const AXIS = 28;
const GAP = 26;
/** Characters that fit on one line of the narrowest chart (about 320 px of 13 px text). */
const LINE_CHARS = 40;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A round number at or above `n` (1, 2, 2.5 or 5 times a power of ten). */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= n)!;
}

/** Axis ticks from 0 to a round number at or above `max`, about four steps of a round size: 0, 2,500, …, 10,000. */
export function axisTicks(max: number): number[] {
  const step = niceCeiling(Math.max(max, Number.EPSILON) / 4);
  const top = step * Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
/** A tick label: "2,500", or "250K" and "2.5M" once numbers get long. */
export const tickLabel = (n: number) => (n >= 100_000 ? COMPACT.format(n) : formatNumber(n));

/** Splits text into lines of at most `max` characters at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** The groups the chart shows: quantities that two or more outlets give, in display order (conflicts first). */
export const chartedGroups = (groups: readonly FigureGroup[]) => byStatus(groups.filter((g) => new Set(g.entries.map((e) => e.article)).size > 1));

const pct = (fraction: number) => `${(Math.min(Math.max(fraction, 0), 1) * 100).toFixed(2)}%`;

function bar(entry: FigureEntry, top: number, y: number, arrows: string): string {
  const x = (v: number) => v / top;
  const from = x(Math.max(0, entry.lower ?? 0));
  const to = entry.upper === null ? 1 : x(entry.upper);
  const parts: string[] = [];
  if (to > from) parts.push(`<rect class="range" x="${pct(from)}" y="${y - 5}" width="${pct(to - from)}" height="10" rx="2"/>`);
  // Open-ended wording ("over 10,000") runs to the end of the axis as an arrow.
  if (entry.upper === null) parts.push(`<use class="arrow" href="#${arrows}-right" x="100%" y="${y}"/>`);
  if (entry.lower === null) parts.push(`<use class="arrow" href="#${arrows}-left" x="0" y="${y}"/>`);
  parts.push(`<circle class="value" cx="${pct(x(entry.value))}" cy="${y}" r="5"/>`);
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

/** An accessible SVG chart (role="img", title, description) of the quantities two or more outlets give; empty when there are none. */
export function figureChart(groups: FigureGroup[], options: FigureChartOptions): string {
  const shown = chartedGroups(groups);
  if (shown.length === 0) return '';
  const outlet = (article: string) => options.outlets.get(article) ?? article;
  const tallies = figureStatuses()
    .map((status) => ({ status, n: shown.filter((g) => g.status === status).length }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) => count(n, FIGURE_STATUS[status].noun));
  const description =
    `${count(shown.length, ['quantity', 'quantities'])} reported by more than one outlet: ${tallies.join(', ')}. ` +
    'Each row is one outlet’s value; a bar spans the values its wording allows, an arrow marks an open end, a dot the stated value.';
  const arrows = `${options.id}-arrow`;
  let y = 0;
  const panels = shown.map((group) => {
    const view = FIGURE_STATUS[group.status];
    const finite = group.entries.flatMap((e) => [e.value, e.lower ?? e.value, e.upper ?? e.value]);
    const ticks = axisTicks(Math.max(...finite) * 1.15);
    const top = ticks.at(-1)!;
    const lines: string[] = [];
    const text = (className: string, content: string, x = '0', anchor = '') =>
      `<text class="${className}" x="${x}" y="${y}"${anchor && ` text-anchor="${anchor}"`}>${content}</text>`;
    for (const line of wrapText(`${group.counted} (${group.unit})`)) {
      y += HEADING;
      lines.push(text('heading', escapeXml(line)));
    }
    for (const line of wrapText(`${view.icon} ${view.describe(group, outlet)}`)) {
      y += HEADING;
      lines.push(text('status', escapeXml(line)));
    }
    for (const entry of group.entries) {
      const name = outlet(entry.article);
      const own = (line: string) => `<tspan class="outlet">${escapeXml(line)}</tspan>`;
      const wrapped =
        `${name}: ${entry.text}`.length <= LINE_CHARS
          ? [`${own(`${name}:`)} ${escapeXml(entry.text)}`]
          : [...wrapText(`${name}:`).map(own), ...wrapText(entry.text).map(escapeXml)];
      for (const line of wrapped) {
        y += LABEL;
        lines.push(text('label', line));
      }
      y += BAR / 2 + 2;
      lines.push(`<g class="row">${bar(entry, top, y, arrows)}</g>`);
      y += BAR / 2 - 2;
    }
    y += 6;
    const axisY = y;
    lines.push(`<line class="axis" x1="0" y1="${axisY}" x2="100%" y2="${axisY}"/>`);
    y += AXIS - 8;
    ticks.forEach((tick, i) => {
      const at = tick / top;
      lines.push(`<line class="tick-mark" x1="${pct(at)}" y1="${axisY}" x2="${pct(at)}" y2="${axisY + 5}"/>`);
      lines.push(text('tick', escapeXml(tickLabel(tick)), pct(at), i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'));
    });
    y += GAP;
    return `<g class="panel tone-${view.tone}">${lines.join('')}</g>`;
  });
  const height = y - GAP + 8;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="figure-chart" width="100%" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(description)}</desc>` +
    `<defs><path id="${arrows}-right" d="M-12 -8 L0 0 L-12 8 Z"/><path id="${arrows}-left" d="M12 -8 L0 0 L12 8 Z"/></defs>` +
    panels.join('') +
    `</svg>`
  );
}
