// The one place pages read content from. Astro renders every page of a build in one process, so
// each article is parsed and analysed once and shared by all pages, API files and the index. The
// cache is keyed by what analysis reads (id, publication date, text), so `astro dev` re-analyses
// exactly the articles that changed.
import { getCollection } from 'astro:content';
import { analyzeArticle, type AnalyzedArticle, type AnalyzedStory } from '../lib/analyze';
import { assembleLibrary } from '../lib/content/library';

const analyzed = new Map<string, AnalyzedArticle>();

/** Every story, newest first, with its articles parsed and their facts extracted. */
export async function getLibrary(): Promise<AnalyzedStory[]> {
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

/** One story by id; throws when it does not exist (a page asked for a path it did not declare). */
export async function getStory(id: string): Promise<AnalyzedStory> {
  const story = (await getLibrary()).find((s) => s.story.id === id);
  if (!story) throw new Error(`Unknown story "${id}"`);
  return story;
}
