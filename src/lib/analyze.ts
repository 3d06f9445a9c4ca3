import type { Article, Story } from './content/library';
import { extractFacts } from './extract';
import type { ArticleFacts, Paragraph } from './extract/types';
import { parseArticle, type ParsedArticle } from './parse/parseArticle';
import { blockAnchor } from './paths';

/** An article after parsing and extraction: what every page, API file and index is rendered from. */
export interface AnalyzedArticle {
  article: Article;
  /** Read-only sanitised tree; render a copy. */
  parsed: ParsedArticle;
  paragraphs: Paragraph[];
  facts: ArticleFacts;
}

/** A story whose articles have all been analysed. */
export interface AnalyzedStory {
  story: Story;
  articles: AnalyzedArticle[];
}

/** Parses an article and extracts its facts. */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const parsed = parseArticle(article.body, (block) => blockAnchor(article.id, block));
  const facts = extractFacts(parsed.paragraphs, { id: article.id, published: article.published, ...(article.dateline ? { dateline: article.dateline } : {}) });
  return { article, parsed, paragraphs: parsed.paragraphs, facts };
}

