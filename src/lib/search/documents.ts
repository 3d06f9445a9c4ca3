// What search can find: every paragraph of every article, and the facts a story's articles share
// (people, figures, dates), each pointing at the paragraph it was read from.
import type { AnalyzedStory } from '../analyze';
import type { Span } from '../extract/types';
import { blockAt, blockName } from '../parse/blocks';
import { blockAnchor } from '../paths';
import { fold } from './normalize';

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

/** A fact of a story, merged across the outlets that report it. */
export interface FactDoc {
  kind: keyof typeof FACT_LABELS;
  story: string;
  storyTitle: string;
  /** What the fact is: a name, a figure with what it counts, a date as written. */
  label: string;
  /** What qualifies it: titles, unit, calendar date. */
  detail: string;
  /** Outlets that report it, in article order. */
  outlets: string[];
  /** Link to the first paragraph that mentions it. */
  href: string;
  /** Extra words that find it but are not shown (e.g. an ISO date). */
  keywords: string;
}

/** Anything search can find. */
export type SearchDoc = ParagraphDoc | FactDoc;

/** The text a document is found by. */
export function searchableText(doc: SearchDoc): string {
  return doc.kind === 'paragraph' ? doc.text : `${doc.label} ${doc.detail} ${doc.keywords}`;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const longDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
};

interface FactDraft {
  kind: FactDoc['kind'];
  label: string;
  detail: string;
  keywords: string;
  mention: Span;
  /** Other ways of telling the same fact apart; the first match across articles merges them. */
  keys: string[];
}

/**
 * Every searchable document of the library, story by story: the story's facts, then each
 * article's paragraphs in reading order. `storyHref` gives a story page's URL.
 */
export function searchDocuments(stories: AnalyzedStory[], storyHref: (story: string) => string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const { story, articles } of stories) {
    const href = storyHref(story.id);
    const facts: FactDoc[] = [];
    const byKey = new Map<string, FactDoc>();
    for (const { article, paragraphs, facts: found } of articles) {
      const drafts: FactDraft[] = [
        ...found.people.map((p) => ({
          kind: 'person' as const,
          label: p.name,
          detail: p.title ?? '',
          // Every title finds the person; the most specific one is shown.
          keywords: p.titles.join(' '),
          mention: p.mentions[0]!,
          keys: [`person:${fold(p.name)}`, `person:${fold(p.surname)}:${fold(p.given ?? '').charAt(0)}`],
        })),
        ...found.figures.map((f) => {
          const written = f.mentions[0].text;
          const label = f.counted && !fold(written).includes(fold(f.counted)) ? `${written} ${f.counted}` : written;
          return { kind: 'figure' as const, label, detail: f.unit, keywords: '', mention: f.mentions[0], keys: [`figure:${f.value}:${fold(f.unit)}:${fold(f.counted)}`] };
        }),
        ...found.dates.map((d) => {
          const days = d.start === d.end ? longDate(d.start) : `${longDate(d.start)} to ${longDate(d.end)}`;
          return { kind: 'date' as const, label: d.mentions[0].text, detail: days, keywords: `${d.start} ${d.end}`, mention: d.mentions[0], keys: [`date:${d.start}:${d.end}`] };
        }),
      ];
      for (const draft of drafts.filter((d) => d.mention)) {
        const known = draft.keys.map((key) => byKey.get(key)).find(Boolean);
        const fact = known ?? {
          kind: draft.kind,
          story: story.id,
          storyTitle: story.title,
          label: draft.label,
          detail: draft.detail,
          outlets: [],
          href: `${href}#${blockAnchor(article.id, blockAt(paragraphs, draft.mention.paragraph))}`,
          keywords: '',
        };
        if (!known) facts.push(fact);
        if (!fact.outlets.includes(article.outlet)) fact.outlets.push(article.outlet);
        fact.detail ||= draft.detail;
        fact.keywords = `${fact.keywords} ${draft.keywords}`.trim();
        for (const key of draft.keys) if (!byKey.has(key)) byKey.set(key, fact);
      }
    }
    docs.push(...facts);
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
