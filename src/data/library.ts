// The one place pages read content from. Astro renders every page of a build in one process, so
// the library is assembled and analysed once per build and shared by all pages, API files and the
// search index; asking for it again is free, which keeps the build linear in the number of pages.
// Under `astro dev` content changes while the server runs, so there it is assembled per request,
// re-analysing only the articles whose id, date or text changed.
import { getCollection } from 'astro:content';
import { analyzeArticle, type AnalyzedArticle, type AnalyzedStory } from '../lib/analyze';
import { assembleLibrary } from '../lib/content/library';

const analyzed = new Map<string, AnalyzedArticle>();
let built: Promise<AnalyzedStory[]> | undefined;

async function assemble(): Promise<AnalyzedStory[]> {
  const [stories, articles] = await Promise.all([getCollection('stories'), getCollection('articles')]);
  return assembleLibrary(stories, articles).map((story) => ({
    story,
    articles: story.articles.map((article) => {
      const key = [story.id, article.id, article.published, article.body].join('\0');
      let result = analyzed.get(key);
      if (!result) analyzed.set(key, (result = analyzeArticle(article)));
      return result;
    }),
  }));
}

/** Every story, newest first, with its articles parsed and their facts extracted. */
export function getLibrary(): Promise<AnalyzedStory[]> {
  if (import.meta.env.DEV) return assemble();
  built ??= assemble();
  return built;
}

/** One story by id; throws when it does not exist (a page asked for a path it did not declare). */
export async function getStory(id: string): Promise<AnalyzedStory> {
  const story = (await getLibrary()).find((s) => s.story.id === id);
  if (!story) throw new Error(`Unknown story "${id}"`);
  return story;
}
