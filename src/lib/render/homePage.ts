// The home page as plain data: every story, newest first, with its reports and the conflict that
// matters most (the one whose values are furthest apart relative to their size).
import type { AnalyzedStory } from '../analyze';
import { compareStory } from '../compare';
import { figuresUrl, storyUrl } from '../paths';
import type { LinkView } from './article';
import { formatDay } from './describe';
import { FIGURE_STATUS, figureStatuses } from './status';
import { differenceView, headlineConflict, placer, type DifferenceView } from './storyPage';
import { count } from './words';

/** One story on the home page. */
export interface StoryEntry {
  id: string;
  title: string;
  href: string;
  date: { datetime: string; text: string };
  location?: string;
  /** "2 reports: Fox News, UPI". */
  reports: string;
  summary?: string;
  /** The conflict with the largest relative difference, when the reports conflict. */
  headline?: DifferenceView;
  /** "Figures compared (1 conflict)". */
  figures: LinkView;
}

/** The home page's list of stories. */
export function homePageModel(stories: readonly AnalyzedStory[]): StoryEntry[] {
  return stories.map(({ story, articles }) => {
    const comparison = articles.length > 1 ? compareStory(articles) : undefined;
    const headline = comparison && headlineConflict(comparison.figures);
    const loud = figureStatuses().filter((s) => FIGURE_STATUS[s].emphasis === 'loud');
    const tallies = comparison ? loud.map((s) => count(comparison.figures.filter((g) => g.status === s).length, FIGURE_STATUS[s].noun)) : [];
    return {
      id: story.id,
      title: story.title,
      href: storyUrl(story.id),
      date: { datetime: story.date, text: formatDay(story.date) },
      ...(story.location && { location: story.location }),
      reports: `${count(articles.length, ['report', 'reports'])}: ${articles.map((a) => a.article.outlet).join(', ')}`,
      ...(story.summary && { summary: story.summary }),
      ...(headline && {
        // The story page shows its first two reports; links to the others go to their own pages.
        headline: differenceView(headline, placer(story.id, comparison!, articles.slice(0, 2).map((a) => a.article.id), storyUrl(story.id))),
      }),
      figures: { href: figuresUrl(story.id), label: tallies.length ? `Figures compared (${tallies.join(', ')})` : 'Figures' },
    };
  });
}
