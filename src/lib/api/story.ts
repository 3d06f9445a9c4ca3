// The story API document (/api/stories/<story-id>.json): the comparison of a story's articles,
// with every mention linked to its paragraph on the story page. Shape: public/schemas/story.schema.json.
import type { Story } from '../content/library';
import type { Span } from '../extract/types';
import { formatBounds, formatDateSpan } from '../compare/format';
import type { StoryComparison } from '../compare/types';
import { blockOf } from '../compare';
import { articleUrl, blockAnchor, figuresUrl, storyUrl, url } from '../paths';

/** Version of the JSON documents' shape; bumped when a field changes meaning or disappears. */
export const SCHEMA_VERSION = 2;

/** Site path of a story's API document. */
export const storyApiPath = (story: string) => url(`api/stories/${story}.json`);
/** Site path of an article's API document (article ids are unique only within a story). */
export const articleApiPath = (story: string, article: string) => url(`api/articles/${story}/${article}.json`);

/** A mention with its block's name and a link to it on the story page. */
export type LinkedSpan = Span & { block: string; href: string };

/** What the story document needs to know about each article. */
export type StoryDocumentArticle = Pick<Story['articles'][number], 'id' | 'outlet' | 'title' | 'published' | 'url' | 'byline' | 'language'>;

/** Builds the story API document from a story, its articles and their comparison. */
export function buildStoryDocument(story: Omit<Story, 'articles' | 'note' | 'file'>, articles: StoryDocumentArticle[], comparison: StoryComparison) {
  const href = (article: string, paragraph: number) => `${storyUrl(story.id)}#${blockAnchor(article, blockOf(comparison, article, paragraph))}`;
  const link = (article: string, span: Span): LinkedSpan => ({ ...span, block: blockOf(comparison, article, span.paragraph), href: href(article, span.paragraph) });
  return {
    schemaVersion: SCHEMA_VERSION,
    story: {
      id: story.id,
      title: story.title,
      date: story.date,
      location: story.location,
      summary: story.summary,
      page: storyUrl(story.id),
      figuresPage: figuresUrl(story.id),
    },
    articles: articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      url: a.url,
      byline: a.byline,
      language: a.language,
      page: articleUrl(story.id, a.id),
      data: articleApiPath(story.id, a.id),
    })),
    people: comparison.people.map((g) => ({
      ...g,
      entries: g.entries.map((e) => ({ ...e, mentions: e.mentions.map((m) => link(e.article, m)) })),
    })),
    dates: comparison.dates.map((g) => ({
      ...g,
      label: formatDateSpan(g),
      entries: g.entries.map((e) => ({ ...e, mentions: e.mentions.map((m) => link(e.article, m)) })),
    })),
    figures: comparison.figures.map((g) => ({
      ...g,
      entries: g.entries.map((e) => ({ ...e, bounds: formatBounds(e), mention: link(e.article, e.mention) })),
    })),
    quotes: comparison.quotes.map((g) => ({
      ...g,
      entries: g.entries.map((e) => ({ ...e, mention: link(e.article, e.mention) })),
    })),
    alignments: comparison.alignments.map((a) => ({
      ...a,
      from: { ...a.from, href: href(a.from.article, a.from.paragraph) },
      to: { ...a.to, href: href(a.to.article, a.to.paragraph) },
    })),
  };
}

/** The story API document. */
export type StoryDocument = ReturnType<typeof buildStoryDocument>;
