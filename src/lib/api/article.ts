// The article API document (/api/articles/<story-id>/<article-id>.json): an article's metadata,
// its paragraphs and every fact with its provenance. Shape: public/schemas/article.schema.json.
import type { Article } from '../content/library';
import type { ArticleFacts, Fact, Paragraph } from '../extract/types';
import { blockName } from '../parse/blocks';
import { articleUrl, blockAnchor, storyUrl } from '../paths';
import { SCHEMA_VERSION, storyApiPath } from './story';

/** Builds the article API document; facts are listed person, date, figure, quote, each in reading order. */
export function buildArticleDocument(article: Article, story: { id: string; title: string }, paragraphs: Paragraph[], facts: ArticleFacts) {
  const all: Fact[] = [...facts.people, ...facts.dates, ...facts.figures, ...facts.quotes];
  return {
    schemaVersion: SCHEMA_VERSION,
    story: { id: story.id, title: story.title, page: storyUrl(story.id), data: storyApiPath(story.id) },
    article: {
      id: article.id,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      url: article.url,
      byline: article.byline,
      dateline: article.dateline,
      credit: article.credit,
      language: article.language,
      page: articleUrl(story.id, article.id),
    },
    paragraphs: paragraphs.map((p) => ({ index: p.index, kind: p.kind ?? 'prose', block: blockName(p), anchor: blockAnchor(article.id, blockName(p)), text: p.text })),
    facts: all,
  };
}

/** The article API document. */
export type ArticleDocument = ReturnType<typeof buildArticleDocument>;
