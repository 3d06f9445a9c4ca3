// Analysed stories for the render model tests, read from content folders as the site reads them
// (no build): the seed story, and the fixture site with a lone report and a story of four.
import { join } from 'node:path';
import { analyzeArticle, type AnalyzedStory } from '../../../src/lib/analyze';
import { readContent } from '../../support/content';
import { ROOT } from '../../support/site';

const cache = new Map<string, AnalyzedStory[]>();

/** Every story of a content folder (default: the site's own), analysed. */
export function analyzedStories(dir = join(ROOT, 'content')): AnalyzedStory[] {
  let stories = cache.get(dir);
  if (!stories) cache.set(dir, (stories = readContent(dir).map((story) => ({ story, articles: story.articles.map(analyzeArticle) }))));
  return stories;
}

/** The seed story: Fox News and UPI on the Mexico City migration talks. */
export const seedStory = () => analyzedStories().find((s) => s.story.id === '2023-12-27-mexico-city-migration-talks')!;

/** A story of the varied fixture site: `four-reports`, `lone-report` or `rtl-story`. */
export const variedStory = (id: string) => analyzedStories(join(ROOT, 'tests/fixtures/sites/varied/content')).find((s) => s.story.id === id)!;
