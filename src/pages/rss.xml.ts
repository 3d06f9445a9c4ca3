// RSS feed of stories, newest first: one item per news event, linking to its side-by-side page.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library';
import { storyUrl, url } from '../lib/paths';

/** The feed, with absolute links under the deploy's origin and base path. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Parallax',
    description: 'News reports of the same event, side by side and fact by fact.',
    site: new URL(url(), site).href,
    items: (await getLibrary()).map(({ story, articles }) => ({
      title: story.title,
      link: new URL(storyUrl(story.id), site).href,
      pubDate: new Date(story.date),
      description: story.summary ?? `${articles.length} reports: ${articles.map((a) => a.article.outlet).join(', ')}.`,
      categories: articles.map((a) => a.article.outlet),
    })),
    customData: '<language>en</language>',
  });
