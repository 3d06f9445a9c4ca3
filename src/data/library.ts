// The one place pages read content from. Astro renders every page of a build in one process, so
// the library is assembled and analysed once per build and shared by all pages, API files and the
// search index; asking for it again is free, which keeps the build linear in the number of pages.
// Under `astro dev` content changes while the server runs, so there it is assembled per request,
// re-analysing only the articles whose id, date or text changed.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { analyzeArticle, type AnalyzedArticle, type AnalyzedStory } from '../lib/analyze';
import { assembleLibrary, type Article } from '../lib/content/library';
import { writtenFields } from '../lib/content/writtenFields';

// YAML reads an unquoted `published: 2023-12-27T19:10:00+01:00` as a Date, and the schema keeps it
// as UTC text ("2023-12-27T18:10:00.000Z"): the same instant, but the outlet's own offset and day
// are lost. Take the value as written in the file when it names that same instant, so pages show
// the time the outlet gave and dates in the text resolve against the outlet's own day.
function publishedAsWritten(article: Article): string {
  if (!article.published.includes('T')) return article.published;
  let source: string;
  try {
    source = readFileSync(article.file, 'utf8');
  } catch {
    return article.published;
  }
  const written = writtenFields(source).find((field) => field.key === 'published')?.value.replace(/^(["'])(.*)\1$/, '$2');
  return written && written !== article.published && Date.parse(written) === Date.parse(article.published) ? written : article.published;
}

const analyzed = new Map<string, AnalyzedArticle>();
let built: Promise<AnalyzedStory[]> | undefined;

async function assemble(): Promise<AnalyzedStory[]> {
  const [stories, articles] = await Promise.all([getCollection('stories'), getCollection('articles')]);
  return assembleLibrary(stories, articles).map((story) => {
    story.articles = story.articles.map((article) => ({ ...article, published: publishedAsWritten(article) }));
    return {
      story,
      articles: story.articles.map((article) => {
        const key = [story.id, article.id, article.published, article.body].join('\0');
        let result = analyzed.get(key);
        if (!result) analyzed.set(key, (result = analyzeArticle(article)));
        return result;
      }),
    };
  });
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
