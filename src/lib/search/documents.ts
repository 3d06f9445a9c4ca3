// What search can find: every paragraph of every article, and the facts of each story as the
// comparison engine groups them (people, figures, dates), each pointing at the paragraph it was
// read from and saying how the outlets compare: the titles each gives a person, each outlet's
// value of a figure and whether they agree or conflict.
import type { AnalyzedStory } from '../analyze';
import { compareStory } from '../compare';
import { formatDateSpan } from '../compare/format';
import type { DateGroup, FigureGroup, PersonGroup } from '../compare/types';
import type { Span } from '../extract/types';
import { blockAt, blockName } from '../parse/blocks';
import { blockAnchor } from '../paths';
import { FIGURE_STATUS } from '../render/status';

/** One paragraph as search shows it. */
export interface ParagraphDoc {
  kind: 'paragraph';
  story: string;
  storyTitle: string;
  article: string;
  outlet: string;
  headline: string;
  /** Anchor id of the paragraph on the story page. */
  anchor: string;
  href: string;
  text: string;
}

/** The kinds of fact search lists, with the word shown before them. */
export const FACT_LABELS = { person: 'Person', figure: 'Figure', date: 'Date' } as const;

/**
 * A fact of a story across the outlets that report it, shown as "Figure · migrants · Fox News
 * over 8,000 ≠ UPI about 6,000 · conflict" (kind · label · detail · reach).
 */
export interface FactDoc {
  kind: keyof typeof FACT_LABELS;
  story: string;
  storyTitle: string;
  /** What the fact is: a name, what a figure counts, a date as written. */
  label: string;
  /** How the outlets give it: the titles each gives a person, each outlet's value of a figure, the calendar date. */
  detail: string;
  /** How far it is shared: "named by 2 outlets", a figure's status ("conflict"), "mentioned by 1 outlet". */
  reach: string;
  /** Outlets that report it, in article order. */
  outlets: string[];
  /** Link to the first paragraph that mentions it. */
  href: string;
  /** Extra words that find it but are not shown (e.g. an ISO date, every title). */
  keywords: string;
}

/** Anything search can find. */
export type SearchDoc = ParagraphDoc | FactDoc;

/** The text a document is found by. */
export function searchableText(doc: SearchDoc): string {
  return doc.kind === 'paragraph' ? doc.text : `${doc.label} ${doc.detail} ${doc.keywords}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const unique = <T>(items: T[]) => [...new Set(items)];

/** "Fox News, UPI: Homeland Security Secretary; Reuters: Secretary of Homeland Security". */
function titlesByOutlet(group: PersonGroup, outlet: (article: string) => string): string {
  const byTitle = new Map<string, string[]>();
  for (const entry of group.entries) {
    if (!entry.title) continue;
    const outlets = byTitle.get(entry.title) ?? [];
    if (!outlets.includes(outlet(entry.article))) outlets.push(outlet(entry.article));
    byTitle.set(entry.title, outlets);
  }
  return [...byTitle].map(([title, outlets]) => `${outlets.join(', ')}: ${title}`).join('; ');
}

/** "Fox News over 8,000 ≠ UPI about 6,000": each outlet's first wording, joined by the status icon. */
function valuesByOutlet(group: FigureGroup, outlet: (article: string) => string): string {
  const firsts = group.entries.filter((entry, i) => group.entries.findIndex((e) => e.article === entry.article) === i);
  return firsts.map((entry) => `${outlet(entry.article)} ${entry.text}`).join(` ${FIGURE_STATUS[group.status].icon} `);
}

/**
 * Every searchable document of the library, story by story: the story's facts (people, figures,
 * dates, from the comparison), then each article's paragraphs in reading order. `storyHref` gives
 * a story page's URL.
 */
export function searchDocuments(stories: AnalyzedStory[], storyHref: (story: string) => string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const { story, articles } of stories) {
    const href = storyHref(story.id);
    const comparison = compareStory(articles);
    const byId = new Map(articles.map((a) => [a.article.id, a]));
    const outlet = (article: string) => byId.get(article)?.article.outlet ?? article;
    const link = (article: string, mention: Span) => `${href}#${blockAnchor(article, blockAt(byId.get(article)?.paragraphs ?? [], mention.paragraph))}`;
    const fact = (kind: FactDoc['kind'], fields: Pick<FactDoc, 'label' | 'detail' | 'reach' | 'keywords'>, entries: { article: string }[], mention: [string, Span]): FactDoc => ({
      kind,
      story: story.id,
      storyTitle: story.title,
      ...fields,
      outlets: unique(entries.map((e) => outlet(e.article))),
      href: link(...mention),
    });

    const people = comparison.people
      .filter((g: PersonGroup) => g.entries[0]?.mentions[0])
      .map((g) =>
        fact(
          'person',
          {
            label: g.name,
            detail: titlesByOutlet(g, outlet),
            reach: `named by ${plural(unique(g.entries.map((e) => e.article)).length, 'outlet')}`,
            // Every title finds the person; the ones shown are each outlet's most specific.
            keywords: unique(g.entries.flatMap((e) => e.titles)).join(' '),
          },
          g.entries,
          [g.entries[0]!.article, g.entries[0]!.mentions[0]!],
        ),
      );
    const figures = comparison.figures
      .filter((g: FigureGroup) => g.entries[0])
      .map((g) =>
        fact(
          'figure',
          {
            label: g.counted || g.unit,
            detail: valuesByOutlet(g, outlet),
            reach: FIGURE_STATUS[g.status].label.toLowerCase(),
            keywords: g.counted ? g.unit : '',
          },
          g.entries,
          [g.entries[0]!.article, g.entries[0]!.mention],
        ),
      );
    const dates = comparison.dates
      .filter((g: DateGroup) => g.entries[0]?.mentions[0])
      .map((g) =>
        fact(
          'date',
          {
            label: g.entries[0]!.mentions[0]!.text,
            detail: formatDateSpan(g),
            reach: `mentioned by ${plural(g.entries.length, 'outlet')}`,
            keywords: unique([g.start, g.end]).join(' '),
          },
          g.entries,
          [g.entries[0]!.article, g.entries[0]!.mentions[0]!],
        ),
      );
    docs.push(...people, ...figures, ...dates);

    for (const { article, paragraphs } of articles) {
      for (const paragraph of paragraphs) {
        const anchor = blockAnchor(article.id, blockName(paragraph));
        docs.push({
          kind: 'paragraph',
          story: story.id,
          storyTitle: story.title,
          article: article.id,
          outlet: article.outlet,
          headline: article.title,
          anchor,
          href: `${href}#${anchor}`,
          text: paragraph.text,
        });
      }
    }
  }
  return docs;
}
