import type { AnalyzedStory } from '../analyze';
import { buildSearchIndex, type SearchIndex } from './build';
import { searchDocuments } from './documents';

let built: { articles: unknown[]; index: SearchIndex } | undefined;

/**
 * The site's search index. Every page's header needs its hash and the index endpoint needs its
 * files, so the index is built once per set of analysed articles (the library caches those, so
 * unchanged content gives the very same article objects).
 */
export function siteSearchIndex(stories: AnalyzedStory[], storyHref: (story: string) => string): SearchIndex {
  // Story records are rebuilt on every read, so they are compared by the fields documents use.
  const articles = stories.flatMap((s) => [`${s.story.id}\0${s.story.title}`, ...s.articles]);
  if (!built || built.articles.length !== articles.length || built.articles.some((a, i) => a !== articles[i])) {
    built = { articles, index: buildSearchIndex(searchDocuments(stories, storyHref)) };
  }
  return built.index;
}
