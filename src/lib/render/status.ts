// How each comparison status looks and reads, in one table. Every view that shows a status (the
// story page's differences, the marks in the text and their legend, the figures table, its filter
// and chart, the home page) takes its wording, icon, order and emphasis from here, so a new status
// is one entry in FIGURE_STATUS.
import { formatDifference } from '../compare/format';
import type { FactLink, FigureGroup, FigureStatus } from '../compare/types';
import type { Noun } from './words';

/**
 * How loudly a status is shown. `loud`: a headline at the top of the story and a wavy line and an
 * icon in the text; `noted`: listed after conflicts, a dashed line and an icon in the text (a count
 * that moved: a difference, not a contradiction); `raised`: a dotted line under figures in the text;
 * `quiet`: a plain highlight.
 */
export type Emphasis = 'loud' | 'noted' | 'raised' | 'quiet';

/** Everything the views need to show one status. */
export interface StatusView {
  /** Rank in every list: lower first (conflicts, then updates, then agreements, then one-sided). */
  order: number;
  /** A symbol shown beside the words (never instead of them), hidden from screen readers. */
  icon: string;
  emphasis: Emphasis;
  /** Colour family: names the custom property `--<tone>` the stylesheet draws it in. */
  tone: 'conflict' | 'updated' | 'agree' | 'only';
  /** The status alone: "Conflict". */
  label: string;
  /** A group of figures with this status, as a filter label or heading: "Conflicts". */
  heading: string;
  /** Counted figures with this status: "1 conflict", "6 figures only one outlet gives". */
  noun: Noun;
  /** What the status means, for the figures view's key. */
  meaning: string;
  /** What a highlighted mark with this status is, for screen readers and the legend. */
  mark: string;
  /** The status of one figure group in words, with what makes it so: "Conflict: differ by 2,000 (+33%)". */
  describe: (group: FigureGroup, outlet: (article: string) => string) => string;
}

/** The figure statuses the comparison gives, and how each is shown. */
export const FIGURE_STATUS: Record<FigureStatus, StatusView> = {
  conflict: {
    order: 0,
    icon: '≠',
    emphasis: 'loud',
    tone: 'conflict',
    label: 'Conflict',
    heading: 'Conflicts',
    noun: ['conflict', 'conflicts'],
    meaning: 'the outlets’ figures cannot both be true; the difference is given, with how much larger the larger one is, in percent',
    mark: 'in conflict with the other report',
    describe: (group) => (group.difference ? `Conflict: ${formatDifference(group.difference)}` : 'Conflict'),
  },
  updated: {
    order: 1,
    icon: '↗',
    emphasis: 'noted',
    tone: 'updated',
    label: 'Updated',
    heading: 'Updated counts',
    noun: ['updated count', 'updated counts'],
    meaning: 'a running count (dead, injured, evacuated, votes counted…) that rose between the times the reports speak of: not a contradiction',
    mark: 'a count the other report gives as of another time',
    describe: (group) => (group.difference ? `Updated: ${formatDifference(group.difference).replace(/^differ by/, 'rose by')}` : 'Updated'),
  },
  agree: {
    order: 2,
    icon: '=',
    emphasis: 'quiet',
    tone: 'agree',
    label: 'Agree',
    heading: 'Agreements',
    noun: ['agreement', 'agreements'],
    meaning: 'the values the outlets’ wordings allow overlap',
    mark: 'shared with the other report',
    describe: () => 'Agree',
  },
  only: {
    order: 3,
    icon: '○',
    emphasis: 'raised',
    tone: 'only',
    label: 'Only in one outlet',
    heading: 'In one outlet only',
    noun: ['figure only one outlet gives', 'figures only one outlet gives'],
    meaning: 'no other report gives this quantity',
    mark: 'only in this report',
    describe: (group, outlet) => `Only in ${group.entries[0] ? outlet(group.entries[0].article) : 'one outlet'}`,
  },
};

/** The statuses a highlighted fact can have: the figure statuses, and `shared` for people, dates and quotes. */
export const MARK_STATUS: Record<FactLink['status'] | FigureStatus, StatusView> = {
  ...FIGURE_STATUS,
  shared: FIGURE_STATUS.agree,
};

/** Figure statuses in display order. */
export const figureStatuses = (): FigureStatus[] =>
  (Object.keys(FIGURE_STATUS) as FigureStatus[]).sort((a, b) => FIGURE_STATUS[a].order - FIGURE_STATUS[b].order);

/** Figure groups in display order: by status (conflicts first), then as the reports give them. */
export function byStatus<T extends Pick<FigureGroup, 'status'>>(groups: readonly T[]): T[] {
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => FIGURE_STATUS[a.group.status].order - FIGURE_STATUS[b.group.status].order || a.index - b.index)
    .map(({ group }) => group);
}

/** How a highlight is drawn in the text: its emphasis, colour family and, when loud, its icon. */
export interface MarkLook {
  emphasis: Emphasis;
  tone: StatusView['tone'];
  icon?: string;
}

/** How a mark with `status` is drawn (the stylesheet draws a raised figure bolder than a raised name, date or quote). */
export function markLook(status: FactLink['status'] | FigureStatus): MarkLook {
  const { emphasis, tone, icon } = MARK_STATUS[status];
  return emphasis === 'loud' || emphasis === 'noted' ? { emphasis, tone, icon } : { emphasis, tone };
}

/** How each emphasis is drawn in the text, for the legend (so a reader without colour can tell them apart). */
export const DRAWN: Record<Emphasis, string> = {
  loud: 'Wavy line and a symbol',
  noted: 'Dashed line and an arrow',
  raised: 'Dotted line',
  quiet: 'Plain highlight',
};

/** One line of the highlights' key: how a status is drawn, and what it means. */
export interface KeyEntry {
  look: MarkLook;
  /** "Wavy line and a symbol: in conflict with the other report". */
  text: string;
}

/** The key to the marks' statuses, in display order, each look once (`agree` is how a figure is `shared`). */
export function markKey(): KeyEntry[] {
  const seen = new Set<StatusView>();
  return (Object.keys(MARK_STATUS) as (keyof typeof MARK_STATUS)[])
    .sort((a, b) => MARK_STATUS[a].order - MARK_STATUS[b].order)
    .filter((status) => !seen.has(MARK_STATUS[status]) && seen.add(MARK_STATUS[status]))
    .map((status) => ({ look: markLook(status), text: `${DRAWN[MARK_STATUS[status].emphasis]}: ${MARK_STATUS[status].mark}` }));
}
