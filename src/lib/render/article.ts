// One report's masthead (outlet, headline, when, by whom, where from, the original) and the page
// that shows a report on its own, as plain data for the components.
import type { AnalyzedArticle, AnalyzedStory } from '../analyze';
import { storyApiPath } from '../api/story';
import type { Article } from '../content/library';
import { textDirection } from '../content/language';
import { articleUrl, figuresUrl, storyUrl } from '../paths';
import { formatPublished, type PublishedView } from './published';

/** A link: where it goes and what it says. */
export interface LinkView {
  href: string;
  label: string;
  /** The media type of what it links to, when it is not a page: "application/json". */
  type?: string;
}

/** What a report's masthead shows. */
export interface ArticleMeta {
  id: string;
  outlet: string;
  headline: string;
  language: string;
  dir: 'ltr' | 'rtl';
  published: PublishedView;
  /** "Jane Doe", or "not recorded". */
  byline: string;
  dateline?: string;
  /** The original's address and its host name to show; absent when no link was recorded. */
  original?: { href: string; host: string };
  credit?: string;
  /** The report's own page (linked from its headline where it is shown beside others). */
  page: string;
}

/** The masthead of a report. */
export function articleMeta(article: Article): ArticleMeta {
  let original: ArticleMeta['original'];
  if (article.url) {
    try {
      original = { href: article.url, host: new URL(article.url).hostname.replace(/^www\./, '') };
    } catch {
      original = undefined;
    }
  }
  return {
    id: article.id,
    outlet: article.outlet,
    headline: article.title,
    language: article.language,
    dir: textDirection(article.language),
    published: formatPublished(article.published),
    byline: article.byline ?? 'not recorded',
    ...(article.dateline && { dateline: article.dateline }),
    ...(original && { original }),
    ...(article.credit && { credit: article.credit }),
    page: articleUrl(article.story, article.id),
  };
}

/** A report of the same story, listed beside a report's own page. */
export interface OtherReport extends LinkView {
  outlet: string;
  published: PublishedView;
}

/** Everything a report's own page shows besides its text. */
export interface ArticlePageModel {
  meta: ArticleMeta;
  story: { title: string; href: string };
  /** The other reports of the story, oldest first. */
  others: OtherReport[];
  /** Links to the story's other views: side by side (when there is more than one report), figures, data. */
  views: LinkView[];
  title: string;
  description: string;
}

/** The model of the page of `analyzed`, one report of `story`. */
export function articlePageModel(story: AnalyzedStory, analyzed: AnalyzedArticle): ArticlePageModel {
  const { article } = analyzed;
  const others = story.articles
    .filter((a) => a.article.id !== article.id)
    .map(({ article: other }) => ({ href: articleUrl(other.story, other.id), label: other.title, outlet: other.outlet, published: formatPublished(other.published) }));
  const total = story.articles.length;
  const views: LinkView[] = [
    ...(total > 1 ? [{ href: storyUrl(story.story.id), label: total === 2 ? 'Both reports side by side' : `All ${total} reports side by side` }] : []),
    { href: figuresUrl(story.story.id), label: total > 1 ? 'Figures compared' : 'Figures in this report' },
    { href: storyApiPath(story.story.id), label: 'Data (JSON)', type: 'application/json' },
  ];
  return {
    meta: articleMeta(article),
    story: { title: story.story.title, href: storyUrl(story.story.id) },
    others,
    views,
    title: `${article.title} · ${article.outlet} · Parallax`,
    description: `${article.outlet}'s report: ${article.title}`,
  };
}
