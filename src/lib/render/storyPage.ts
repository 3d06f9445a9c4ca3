// The story page (and the page of each pair of a story's reports) as plain data: the masthead,
// the differences first (conflicts as plain statements, then what one report alone gives), a
// line of what the reports share, the detailed summary, and the columns.
import { toHtml } from 'hast-util-to-html';
import type { AnalyzedArticle, AnalyzedStory } from '../analyze';
import { storyApiPath } from '../api/story';
import { blockOf, compareStory, factLinks, type FactLink, type FigureEntry, type FigureGroup, type StoryComparison } from '../compare';
import { formatBounds, formatDateSpan, formatNumber, formatShare } from '../compare/format';
import { describeBlock } from '../parse/blocks';
import { parseArticle } from '../parse/parseArticle';
import { articleUrl, blockAnchor, figuresUrl, pairUrl } from '../paths';
import { articleMeta, type ArticleMeta, type LinkView } from './article';
import { formatDay } from './describe';
import { formatAsOf } from './published';
import type { ParagraphLink } from './paragraphControls';
import { byStatus, FIGURE_STATUS, type StatusView } from './status';
import { count, listJoin, shorten } from './words';

/** What a page needs to show reports side by side: the comparison, each fact's link and each paragraph's counterparts. */
export interface ColumnsModel {
  comparison: StoryComparison;
  links: Map<string, FactLink>;
  /** Links to the matching paragraphs in the other shown reports. */
  counterparts: (article: string, paragraph: number) => ParagraphLink[];
}

/** Compares exactly the reports shown in columns, so every mark's status is relative to what the reader sees. */
export function columnsModel(shown: AnalyzedArticle[]): ColumnsModel {
  const comparison = compareStory(shown);
  const outlet = new Map(shown.map(({ article }) => [article.id, article.outlet]));
  const byParagraph = new Map<string, ParagraphLink[]>();
  for (const { from, to } of comparison.alignments) {
    const key = `${from.article}/${from.paragraph}`;
    byParagraph.set(key, [
      ...(byParagraph.get(key) ?? []),
      {
        href: `#${blockAnchor(to.article, blockOf(comparison, to.article, to.paragraph))}`,
        label: `Matching text in ${outlet.get(to.article)}: ${describeBlock(blockOf(comparison, to.article, to.paragraph))}`,
        className: 'counterpart',
      },
    ]);
  }
  return { comparison, links: factLinks(comparison), counterparts: (article, paragraph) => byParagraph.get(`${article}/${paragraph}`) ?? [] };
}

/** One outlet's value in a difference: what it wrote, what that allows, and a link to the sentence. */
export interface ValueView {
  outlet: string;
  /** As written: "over 8,000". */
  text: string;
  /** What the wording allows: "more than 8,000". */
  bounds: string;
  href: string;
  /** Where the sentence is, in words: "Fox News, paragraph 9". */
  place: string;
  /** For a count that moved: the time the value stands at, in words ("March 9, 2025, 09:00 UTC"). */
  asOf?: string;
  /** For a count that moved, from the value before it in time: "+156". */
  change?: string;
}

/** A figure on which the reports part (a conflict, or a count that moved), as a plain statement. */
export interface DifferenceView {
  group: string;
  status: StatusView;
  /** What is counted: "migrants". */
  counted: string;
  /** Each outlet's value; for an update, a timeline, earliest first. */
  values: ValueView[];
  /** The status with what makes it so: "Conflict: differ by 2,000 (+33%)". */
  verdict: string;
  /** Why the figures are one quantity: "same quantity: both count people killed, reported the same day". */
  reason?: string;
}

/** The entries of an updated count in time order, each with its time and its change from the one before. */
export function timeline(group: FigureGroup, value: (entry: FigureEntry) => Omit<ValueView, 'asOf' | 'change'>): ValueView[] {
  const time = (e: FigureEntry) => (e.asOf ? Date.parse(e.asOf.date.length > 10 ? e.asOf.date : `${e.asOf.date}T12:00:00Z`) : 0);
  const ordered = [...group.entries].sort((a, b) => time(a) - time(b));
  return ordered.map((e, i) => {
    const before = ordered[i - 1];
    const step = before ? e.value - before.value : 0;
    return {
      ...value(e),
      ...(e.asOf ? { asOf: formatAsOf(e.asOf.date) } : {}),
      ...(before && step !== 0 ? { change: `${step > 0 ? '+' : '−'}${formatNumber(Math.abs(step))}` } : {}),
    };
  });
}

/** What one report alone gives: its outlet and each figure. */
export interface OneSidedView {
  outlet: string;
  figures: { text: string; href: string; place: string }[];
}

/** An entry of the detailed summary: what it is, then each outlet's wording, linked to its place. */
export interface GlanceItem {
  head: string;
  /** Said of every outlet at once, e.g. the title all of them give. */
  detail?: string;
  sources: { outlet: string; href: string; text?: string }[];
  /** A remark, e.g. "titles worded differently". */
  note?: string;
  /** The head is a quotation. */
  quote?: boolean;
}

/** One part of the detailed summary. */
export interface GlanceSection {
  id: string;
  heading: string;
  items: GlanceItem[];
  /** What to say when there are no items. */
  empty: string;
}

/** The top of a page that compares: differences first, a line of what is shared, the detail one tap away. */
export interface ComparisonSummary {
  /** Conflicts, then counts that moved between reports. */
  differences: DifferenceView[];
  /** Figures only one report gives, by outlet. */
  oneSided: OneSidedView[];
  /** One line of what the reports share: "Both reports name …; both mention 2 dates; …". */
  shared: string;
  /** The summary line of the detailed summary: "4 officials · 2 dates · 0 figures · 2 quotes in common". */
  tally: string;
  glance: GlanceSection[];
  /** Where the whole figures comparison is. */
  figures: LinkView;
}

/** The masthead of a story. */
export interface StoryHeaderModel {
  title: string;
  date: { datetime: string; text: string };
  location?: string;
  /** "2 reports: Fox News, UPI". */
  reports: string;
  summary?: string;
  /** The editor's note, sanitised HTML, or empty. */
  noteHtml: string;
  links: LinkView[];
}

/** A shown report: its masthead and what its text needs for marks and paragraph links. */
export interface ColumnView {
  analyzed: AnalyzedArticle;
  meta: ArticleMeta;
  links?: Map<string, FactLink>;
  paragraphLinks?: (paragraph: number) => ParagraphLink[];
}

/** Everything the story page (or a pair page) shows. */
export interface StoryPageModel {
  header: StoryHeaderModel;
  /** Present when the story has two or more reports. */
  summary?: ComparisonSummary;
  /** The note shown when a story has one report. */
  lone?: { text: string; link: LinkView };
  /** For stories of three or more reports: every pair, the current one marked. */
  pairs: (LinkView & { current: boolean })[];
  /** More than one report is shown in columns, so their facts are compared. */
  compared: boolean;
  /** The outlet switcher on small screens. */
  switcher: LinkView[];
  columns: ColumnView[];
  title: string;
  description: string;
}

/** Finds where a span of an article is: on the story page (`page`, "" for this page) when the article is shown there, else on its own page. */
export function placer(story: string, comparison: StoryComparison, shown: readonly string[], page = '') {
  const outlet = new Map(comparison.articles.map((a) => [a.id, a.outlet]));
  return {
    outlet: (article: string) => outlet.get(article) ?? article,
    href: (article: string, paragraph: number) => {
      const anchor = blockAnchor(article, blockOf(comparison, article, paragraph));
      return shown.includes(article) ? `${page}#${anchor}` : `${articleUrl(story, article)}#${anchor}`;
    },
    place: (article: string, paragraph: number) => `${outlet.get(article) ?? article}, ${describeBlock(blockOf(comparison, article, paragraph))}`,
  };
}

/** Where the spans of a story's articles are, in words and as links. */
export type Placer = ReturnType<typeof placer>;

/** Of a story's conflicts, the one whose values are furthest apart relative to their size (then in absolute terms). */
export function headlineConflict(groups: readonly FigureGroup[]): FigureGroup | undefined {
  const relative = (g: FigureGroup) => g.difference?.ratio ?? (g.difference ? Infinity : 0);
  return groups
    .filter((g) => g.status === 'conflict')
    .reduce<FigureGroup | undefined>((best, g) => {
      if (!best) return g;
      const [a, b] = [relative(g), relative(best)];
      return a > b || (a === b && (g.difference?.absolute ?? 0) > (best.difference?.absolute ?? 0)) ? g : best;
    }, undefined);
}

/** The statement of one figure group the reports part on: each outlet's value, linked to its sentence (for an update, in time order). */
export function differenceView(group: FigureGroup, where: Placer): DifferenceView {
  const value = (e: FigureEntry) => ({
    outlet: where.outlet(e.article),
    text: e.text,
    bounds: formatBounds(e),
    href: where.href(e.article, e.mention.paragraph),
    place: where.place(e.article, e.mention.paragraph),
  });
  return {
    group: group.group,
    status: FIGURE_STATUS[group.status],
    counted: group.counted,
    values: group.status === 'updated' ? timeline(group, value) : group.entries.map(value),
    verdict: FIGURE_STATUS[group.status].describe(group, where.outlet),
    ...(group.reason ? { reason: group.reason } : {}),
  };
}

/** The top of a page comparing a story's reports: what they disagree on, what one alone says, what they share. */
export function comparisonSummary(story: string, comparison: StoryComparison, shown: readonly string[]): ComparisonSummary {
  const where = placer(story, comparison, shown);
  const total = comparison.articles.length;
  const two = total === 2;
  const figures = byStatus(comparison.figures);
  const differences = figures.filter((g) => g.status === 'conflict' || g.status === 'updated').map((g) => differenceView(g, where));

  const oneSided = comparison.articles
    .map((article) => ({
      outlet: article.outlet,
      figures: figures
        .filter((g) => FIGURE_STATUS[g.status].emphasis === 'raised' && g.entries.every((e) => e.article === article.id))
        .map((g) => {
          const e = g.entries[0]!;
          return {
            text: e.text.includes(g.counted) ? e.text : `${e.text} ${g.counted}`,
            href: where.href(e.article, e.mention.paragraph),
            place: where.place(e.article, e.mention.paragraph),
          };
        }),
    }))
    .filter((o) => o.figures.length > 0);

  const officials = comparison.people.filter((g) => g.status === 'shared' && g.official);
  const dates = comparison.dates.filter((g) => g.status === 'shared');
  const agreeing = figures.filter((g) => FIGURE_STATUS[g.status].emphasis === 'quiet');
  const quotes = comparison.quotes.filter((g) => g.status === 'shared');
  const byWhom = (n: number) => (two ? '' : n === total ? ` (all ${total})` : ` (${n} of ${total})`);

  const who = two ? 'Both reports' : 'At least two reports';
  const sharedParts = [
    officials.length > 0 ? `name ${listJoin(officials.map((g) => g.name))}` : 'name no official in common',
    dates.length > 0 ? `mention ${dates.length === 1 ? formatDateSpan(dates[0]!) : count(dates.length, ['date', 'dates'])}` : '',
    agreeing.length > 0 ? `agree on ${count(agreeing.length, ['figure', 'figures'])}` : '',
    quotes.length > 0 ? `carry ${count(quotes.length, ['quote', 'quotes'])}` : '',
  ].filter(Boolean);
  const shared = `${who} ${sharedParts.join('; ')}.`;
  const tally = `In common: ${[
    count(officials.length, ['official', 'officials']),
    count(dates.length, ['date', 'dates']),
    count(agreeing.length, ['figure', 'figures']),
    count(quotes.length, ['quote', 'quotes']),
  ].join(' · ')}`;

  const glance: GlanceSection[] = [
    {
      id: 'glance-officials',
      heading: `Officials ${two ? 'both name' : 'more than one names'}`,
      empty: 'None in common.',
      items: officials.map((g) => {
        const titles = new Set(g.entries.map((e) => e.title ?? ''));
        const same = !g.titlesDiffer && titles.size === 1;
        return {
          head: `${g.name}${byWhom(g.entries.length)}`,
          ...(same && g.entries[0]!.title && { detail: g.entries[0]!.title }),
          sources: g.entries.map((e) => ({
            outlet: where.outlet(e.article),
            href: where.href(e.article, e.mentions[0]!.paragraph),
            ...(!same && { text: e.title ?? 'no title given' }),
          })),
          ...(g.titlesDiffer && { note: 'titles worded differently' }),
        };
      }),
    },
    {
      id: 'glance-dates',
      heading: `Dates ${two ? 'both mention' : 'more than one mentions'}`,
      empty: 'None in common.',
      items: dates.map((g) => ({
        head: `${formatDateSpan(g)}${byWhom(g.entries.length)}`,
        sources: g.entries.map((e) => ({
          outlet: where.outlet(e.article),
          href: where.href(e.article, e.mentions[0]!.paragraph),
          text: `“${[...new Set(e.mentions.map((m) => m.text))].join('”, “')}”`,
        })),
      })),
    },
    {
      id: 'glance-figures',
      heading: `Figures ${two ? 'both give' : 'more than one gives'}`,
      empty: 'None in common.',
      items: agreeing.map((g) => ({
        head: `${g.counted}${byWhom(new Set(g.entries.map((e) => e.article)).size)}`,
        sources: g.entries.map((e) => ({ outlet: where.outlet(e.article), href: where.href(e.article, e.mention.paragraph), text: `“${e.text}”` })),
      })),
    },
    {
      id: 'glance-quotes',
      heading: `Quotes ${two ? 'both carry' : 'more than one carries'}`,
      empty: 'None in common.',
      items: quotes.map((g) => ({
        head: shorten(g.text, 110),
        quote: true,
        sources: g.entries.map((e) => ({ outlet: where.outlet(e.article), href: where.href(e.article, e.mention.paragraph), text: formatShare(e.share) })),
      })),
    },
  ];

  return { differences, oneSided, shared, tally, glance, figures: { href: figuresUrl(story), label: `All ${count(figures.length, ['figure', 'figures'])} compared` } };
}

/** The masthead of a story: title, day, place, reports, summary, editor's note and its other views. */
export function storyHeader(story: AnalyzedStory['story']): StoryHeaderModel {
  // The note is Markdown from the same editors as the articles, so it takes the same sanitising path.
  const noteHtml = story.note ? toHtml(parseArticle(story.note, (n) => `note-p${n}`).tree) : '';
  return {
    title: story.title,
    date: { datetime: story.date, text: formatDay(story.date) },
    ...(story.location && { location: story.location }),
    reports: `${count(story.articles.length, ['report', 'reports'])}: ${story.articles.map((a) => a.outlet).join(', ')}`,
    ...(story.summary && { summary: story.summary }),
    noteHtml,
    links: [
      { href: figuresUrl(story.id), label: story.articles.length > 1 ? 'Figures compared' : 'Figures' },
      { href: storyApiPath(story.id), label: 'Data (JSON)', type: 'application/json' },
    ],
  };
}

/** The page of a story showing `shown` (one report, or the two being compared) in columns. */
export function storyPageModel({ story, articles }: AnalyzedStory, shown: AnalyzedArticle[]): StoryPageModel {
  const compared = shown.length > 1;
  const columns = compared ? columnsModel(shown) : undefined;
  const current = shown.map((a) => a.article.id).join('/');
  const pairs = articles.length > 2
    ? articles.flatMap((a, i) =>
        articles.slice(i + 1).map((b) => ({
          href: pairUrl(story.id, a.article.id, b.article.id),
          label: `${a.article.outlet} and ${b.article.outlet}`,
          current: `${a.article.id}/${b.article.id}` === current,
        })),
      )
    : [];
  const isPair = compared && articles.length > 2 && pairs.some((p) => p.current);
  const [a, b] = shown;
  return {
    header: storyHeader(story),
    ...(articles.length > 1 && { summary: comparisonSummary(story.id, compareStory(articles), shown.map((s) => s.article.id)) }),
    ...(articles.length === 1 && {
      lone: {
        text: `Only one report of this story is in so far (${articles[0]!.article.outlet}); there is no other report to compare it with yet.`,
        link: { href: articleUrl(story.id, articles[0]!.article.id), label: 'Read this report on its own page' },
      },
    }),
    pairs,
    compared,
    switcher: compared ? shown.map(({ article }) => ({ href: `#col-${article.id}`, label: article.outlet })) : [],
    columns: shown.map((analyzed) => ({
      analyzed,
      meta: articleMeta(analyzed.article),
      ...(columns && { links: columns.links, paragraphLinks: (n: number) => columns.counterparts(analyzed.article.id, n) }),
    })),
    title: isPair ? `${a!.article.outlet} and ${b!.article.outlet} on ${story.title} · Parallax` : `${story.title} · Parallax`,
    description: isPair
      ? `${a!.article.outlet} and ${b!.article.outlet} side by side: ${story.title}`
      : story.summary ?? `${count(articles.length, ['report', 'reports'])} of ${story.title}, side by side.`,
  };
}
