// The figures view of a story as plain data: one row per quantity, conflicts first, each outlet's
// value with its wording, sentence and place, the status in words; the counts for the lede and the
// filter; and the chart with its text alternative.
import type { AnalyzedStory } from '../analyze';
import { storyApiPath } from '../api/story';
import { blockOf, compareStory, type FigureEntry, type FigureGroup, type FigureStatus } from '../compare';
import { formatBounds } from '../compare/format';
import { describeBlock } from '../parse/blocks';
import { articleUrl, blockAnchor, storyUrl } from '../paths';
import type { LinkView } from './article';
import { chartedGroups, figureChart } from './figureChart';
import { formatAsOf } from './published';
import { byStatus, FIGURE_STATUS, figureStatuses, type StatusView } from './status';
import { capitalise, count } from './words';

/** One outlet's figure in a row: as written, what it allows, its sentence with the figure marked, and where it is. */
export interface FigureValue {
  text: string;
  bounds: string;
  /** The sentence split around the figure: before, the figure, after. */
  sentence: [string, string, string];
  href: string;
  /** "Paragraph 9". */
  place: string;
  /** For a count that moved: the time the value stands at, in words. */
  asOf?: string;
}

/** One outlet's cell in a row: its figures, or none. */
export interface FigureCell {
  outlet: string;
  values: FigureValue[];
}

/** One quantity. */
export interface FigureRow {
  id: string;
  status: FigureStatus;
  view: StatusView;
  /** "Conflict: differ by 2,000 (+33%)", "Only in UPI". */
  verdict: string;
  /** For figures of several reports: why they are one quantity ("same quantity: both count carriages, reported the same day"). */
  reason?: string;
  counted: string;
  /** The unit, when it says more than what is counted. */
  unit?: string;
  cells: FigureCell[];
  /** Sort keys for the page's script: position in the reports, status rank, size of the difference, what is counted. */
  sort: { order: number; rank: number; difference: number; counted: string };
}

/** A filter choice: a status and how many rows have it. */
export interface FigureFilter {
  value: FigureStatus;
  icon: string;
  label: string;
  count: number;
}

/** The chart and its text alternative. */
export interface FigureChartModel {
  svg: string;
  title: string;
  /** One line per charted quantity, for screen readers and text browsers. */
  lines: string[];
}

/** Everything the figures view shows. */
export interface FiguresPageModel {
  title: string;
  description: string;
  heading: string;
  story: LinkView;
  /** Only one report so far: nothing to compare. */
  single: boolean;
  /** The lede, in parts; `strong` parts are the loud statuses. */
  lede: { text: string; strong?: boolean }[];
  links: LinkView[];
  /** What each status means, in display order. */
  key: StatusView[];
  filters: FigureFilter[];
  caption: string;
  outlets: string[];
  rows: FigureRow[];
  chart?: FigureChartModel;
}

/** The sentence split around the figure as written, so the quote shows which number is meant. */
export function splitSentence(sentence: string, text: string): [string, string, string] {
  const at = sentence.indexOf(text);
  return at < 0 ? [sentence, '', ''] : [sentence.slice(0, at), text, sentence.slice(at + text.length)];
}

/** The model of the figures view of `story`. */
export function figuresPageModel({ story, articles }: AnalyzedStory): FiguresPageModel {
  const comparison = compareStory(articles);
  const outlet = (id: string) => comparison.articles.find((a) => a.id === id)?.outlet ?? id;
  // The story page shows the first two reports; a figure of any other is linked on its own page.
  const onStoryPage = new Set(articles.slice(0, 2).map((a) => a.article.id));
  const value = (e: FigureEntry): FigureValue => {
    const block = blockOf(comparison, e.article, e.paragraph);
    const page = onStoryPage.has(e.article) ? storyUrl(story.id) : articleUrl(story.id, e.article);
    return { text: e.text, bounds: formatBounds(e), sentence: splitSentence(e.quote, e.text), href: `${page}#${blockAnchor(e.article, block)}`, place: capitalise(describeBlock(block)) };
  };
  // A count that moved shows each value's time.
  const timed = (g: FigureGroup) => (e: FigureEntry): FigureValue => ({ ...value(e), ...(g.status === 'updated' && e.asOf ? { asOf: formatAsOf(e.asOf.date) } : {}) });
  const order = new Map(comparison.figures.map((g, i) => [g.group, i]));
  const groups = byStatus(comparison.figures);
  const rows: FigureRow[] = groups.map((g) => ({
    id: `row-${g.group}`,
    status: g.status,
    view: FIGURE_STATUS[g.status],
    verdict: FIGURE_STATUS[g.status].describe(g, outlet),
    ...(g.reason ? { reason: g.reason } : {}),
    counted: g.counted,
    ...(g.unit.toLowerCase() !== g.counted.toLowerCase() && { unit: g.unit }),
    cells: comparison.articles.map((a) => ({ outlet: a.outlet, values: g.entries.filter((e) => e.article === a.id).map(timed(g)) })),
    sort: {
      order: order.get(g.group) ?? 0,
      rank: FIGURE_STATUS[g.status].order,
      difference: g.difference?.percent ?? g.difference?.absolute ?? -1,
      counted: g.counted.toLowerCase(),
    },
  }));
  const tally = (status: FigureStatus) => groups.filter((g) => g.status === status).length;
  const statuses = figureStatuses();
  const single = articles.length === 1;
  const outlets = comparison.articles.map((a) => a.outlet);
  const chartTitle = `Figures reported by more than one outlet on ${story.title}`;
  const charted = chartedGroups(groups);
  const noun = (n: number) => count(n, ['figure is', 'figures are']);

  return {
    title: `Figures: ${story.title} · Parallax`,
    description: `The figures ${outlets.join(', ')} report on ${story.title}, compared.`,
    heading: `Reported figures: ${story.title}`,
    story: { href: storyUrl(story.id), label: story.title },
    single,
    lede: single
      ? [{ text: `Only one report of this story is in so far (${outlets[0]}), so there is nothing to compare its figures with. ${groups.length > 0 ? `Its ${noun(groups.length)} listed below.` : 'It reports no figures.'}` }]
      : [
          { text: `${count(groups.length, ['quantity', 'quantities'])} across ${count(articles.length, ['report', 'reports'])}: ` },
          ...statuses.flatMap((status, i) => [
            ...(i > 0 ? [{ text: i === statuses.length - 1 ? ' and ' : ', ' }] : []),
            { text: count(tally(status), FIGURE_STATUS[status].noun), ...(FIGURE_STATUS[status].emphasis === 'loud' && { strong: true }) },
          ]),
          { text: '.' },
        ],
    links: [
      { href: storyUrl(story.id), label: single ? 'Back to the report' : 'Back to the reports side by side' },
      { href: storyApiPath(story.id), label: 'Data (JSON)', type: 'application/json' },
    ],
    key: single ? [] : statuses.map((s) => FIGURE_STATUS[s]),
    filters: statuses.map((s) => ({ value: s, icon: FIGURE_STATUS[s].icon, label: FIGURE_STATUS[s].heading, count: tally(s) })),
    caption: `Figures reported by ${outlets.join(', ')}: one row per quantity, conflicts first`,
    outlets,
    rows,
    ...(!single &&
      charted.length > 0 && {
        chart: {
          svg: figureChart(groups, { id: 'figure-chart', outlets: new Map(comparison.articles.map((a) => [a.id, a.outlet])), title: chartTitle }),
          title: chartTitle,
          lines: charted.map((g) => `${g.counted} (${g.unit}): ${g.entries.map((e) => `${outlet(e.article)} ${formatBounds(e)}`).join('; ')}. ${FIGURE_STATUS[g.status].describe(g, outlet)}.`),
        },
      }),
  };
}
