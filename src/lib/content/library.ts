import { ContentError } from './errors';
import type { ArticleFrontmatter, StoryFrontmatter } from './schema';

/** A story as the content collection gives it, already schema-checked. */
export interface StoryEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: StoryFrontmatter;
}

/** An article as the content collection gives it, already schema-checked, its story as a reference. Its id is `<story-id>/<article-id>`. */
export interface ArticleEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Omit<ArticleFrontmatter, 'story'> & { story: { id: string } };
}

/** One outlet's report, ready for the pipeline: its frontmatter, plus where it lives and its text. */
export type Article = Omit<ArticleEntry['data'], 'story'> & {
  /** Unique within its story; used in URLs and paragraph anchors. */
  id: string;
  story: string;
  /** Markdown body, verbatim. */
  body: string;
  /** Source file, for error messages. */
  file: string;
};

/** A news event (its frontmatter: title, event day, place, summary) and its reports, oldest first. */
export type Story = StoryEntry['data'] & {
  id: string;
  /** Editor's note in Markdown, empty when there is none. */
  note: string;
  file: string;
  articles: Article[];
};

/**
 * Joins stories and their articles, checking what the schemas cannot see on their own: that each
 * article's story exists. Stories come newest first; articles by publication time, then outlet.
 */
export function assembleLibrary(storyEntries: StoryEntry[], articleEntries: ArticleEntry[]): Story[] {
  const stories = new Map<string, Story>();
  for (const entry of storyEntries) {
    stories.set(entry.id, {
      id: entry.id,
      ...entry.data,
      note: entry.body?.trim() ?? '',
      file: entry.filePath ?? `content/stories/${entry.id}.md`,
      articles: [],
    });
  }
  for (const entry of articleEntries) {
    const file = entry.filePath ?? `content/articles/${entry.id}.md`;
    const story = stories.get(entry.data.story.id);
    if (!story) {
      const known = [...stories.keys()].map((id) => `"${id}"`).join(', ') || 'none';
      throw new ContentError(file, 'story', `no story "${entry.data.story.id}" exists (known stories: ${known})`);
    }
    const { story: _story, ...meta } = entry.data;
    story.articles.push({
      ...meta,
      id: entry.id.slice(entry.id.indexOf('/') + 1),
      story: story.id,
      body: entry.body ?? '',
      file,
    });
  }
  const sorted = [...stories.values()];
  for (const story of sorted) {
    story.articles.sort((a, b) => a.published.localeCompare(b.published) || a.outlet.localeCompare(b.outlet));
  }
  return sorted.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
