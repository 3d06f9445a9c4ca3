// Stage "story": which story an imported article belongs to. An existing one (`--story`), a new one
// (`--new-story`, its id made from the article's published day and the title), or, with neither,
// the existing stories that share the most facts with the article: the same people, dates and
// figures (through the site's own extraction and comparison), and an event day within 3 days of
// the article's publication.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareStory, type ComparableArticle } from '../compare';
import { slugify } from '../content/articleLoader';
import { writtenFields } from '../content/writtenFields';
import { extractFacts } from '../extract';
import { parseArticle } from '../parse/parseArticle';

/** An article already in the content folder, as far as proposals need it. */
export interface KnownArticle {
  id: string;
  outlet: string;
  published: string;
  body: string;
  file: string;
}

/** A story already in the content folder, with its articles. */
export interface KnownStory {
  id: string;
  title: string;
  /** The event's day, YYYY-MM-DD. */
  date: string;
  file: string;
  articles: KnownArticle[];
}

/** A story proposed for an article, and what they share. */
export interface StoryProposal {
  story: KnownStory;
  /** Names of people both name. */
  people: string[];
  /** Calendar days or spans both mention (`2023-12-27`, `2023-12-01..2023-12-31`). */
  dates: string[];
  /** Quantities both report (agreeing or not), as "what is counted: values". */
  figures: string[];
  /** Days between the story's event day and the article's published day, when both are known. */
  dayDistance: number | undefined;
  /** People + dates + figures, plus one when the event day is within the window. */
  score: number;
}

/** Options for {@link proposeStories}. */
export interface ProposeOptions {
  /** Largest distance in days between event day and publication that counts as close; default 3. */
  maxDays?: number;
  /** Most proposals returned; default 5. */
  limit?: number;
}

/** The article being imported, as proposals need it. */
export interface ArticleToPlace {
  body: string;
  /** ISO date or date-time, if the page states it. */
  published?: string | undefined;
}

/** A frontmatter value as written, without its YAML quotes. */
function unquote(value: string): string {
  if (value.startsWith('"') && value.endsWith('"') && value.length > 1) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length > 1) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** A content file's frontmatter values (as text) and its body. */
function readContentFile(file: string): { fields: Record<string, string>; body: string } {
  const text = readFileSync(file, 'utf8');
  const fields = Object.fromEntries(writtenFields(text).map((f) => [f.key, unquote(f.value)]));
  const end = /^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text);
  return { fields, body: end ? text.slice(end[0].length) : text };
}

const markdownFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((f) => /\.(md|markdown)$/i.test(f)).sort() : []);

/** The stories of a content folder (`stories/` and `articles/`), with their articles; empty when there are none. */
export function readStories(contentDir: string): KnownStory[] {
  return markdownFiles(join(contentDir, 'stories')).map((name) => {
    const id = name.replace(/\.(md|markdown)$/i, '');
    const file = join(contentDir, 'stories', name);
    const { fields } = readContentFile(file);
    const folder = join(contentDir, 'articles', id);
    const articles = markdownFiles(folder).map((articleName) => {
      const articleFile = join(folder, articleName);
      const { fields: a, body } = readContentFile(articleFile);
      return { id: slugify(articleName.replace(/\.(md|markdown)$/i, '')), outlet: a.outlet ?? '', published: a.published ?? '', body, file: articleFile };
    });
    return { id, title: fields.title ?? id, date: fields.date ?? '', file, articles };
  });
}

const NEW_ARTICLE = '\u0000imported';
const dayOf = (timestamp: string | undefined) => (timestamp && /^\d{4}-\d{2}-\d{2}/.test(timestamp) ? timestamp.slice(0, 10) : undefined);
const daysBetween = (a: string, b: string) => Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);

/** Parses and extracts an article's facts, ready for {@link compareStory}. */
function comparable(id: string, outlet: string, body: string, published: string): ComparableArticle {
  const { paragraphs } = parseArticle(body, (block) => `${id}-${block}`);
  return { article: { id, outlet }, paragraphs, facts: extractFacts(paragraphs, { id, published }) };
}

/**
 * The stories that share the most with an article, best first: people, dates and figures both
 * report (as the comparison engine groups them), plus one for an event day within `maxDays` of the
 * article's published day. Stories that share nothing are left out.
 */
export function proposeStories(article: ArticleToPlace, stories: readonly KnownStory[], options: ProposeOptions = {}): StoryProposal[] {
  const maxDays = options.maxDays ?? 3;
  const published = dayOf(article.published);
  const incoming = comparable(NEW_ARTICLE, 'imported', article.body, article.published ?? published ?? new Date().toISOString().slice(0, 10));
  const proposals = stories.map((story): StoryProposal => {
    const existing = story.articles.map((a, i) => comparable(`a${i}`, a.outlet, a.body, a.published || story.date));
    const comparison = compareStory([...existing, incoming]);
    const shared = <G extends { entries: { article: string }[] }>(groups: G[]) =>
      groups.filter((g) => g.entries.some((e) => e.article === NEW_ARTICLE) && g.entries.some((e) => e.article !== NEW_ARTICLE));
    const people = shared(comparison.people).map((g) => g.name);
    const dates = shared(comparison.dates).map((g) => (g.start === g.end ? g.start : `${g.start}..${g.end}`));
    const figures = shared(comparison.figures).map((g) => `${g.counted || g.unit}: ${[...new Set(g.entries.map((e) => e.text))].join(' / ')}`);
    const dayDistance = published && dayOf(story.date) ? daysBetween(published, story.date) : undefined;
    const close = dayDistance !== undefined && dayDistance <= maxDays ? 1 : 0;
    return { story, people, dates, figures, dayDistance, score: people.length + dates.length + figures.length + close };
  });
  return proposals
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score || (a.dayDistance ?? Infinity) - (b.dayDistance ?? Infinity) || a.story.id.localeCompare(b.story.id))
    .slice(0, options.limit ?? 5);
}

/**
 * The id of a new story: the article's published day as written, in its own offset (the first ten
 * characters of `2025-08-19T21:42:00-07:00` are the local day 2025-08-19), then the title's slug.
 */
export function newStoryId(title: string, published: string): string {
  const day = dayOf(published);
  if (!day) throw new Error(`"${published}" does not start with a day, YYYY-MM-DD`);
  const slug = slugify(title);
  return slug ? `${day}-${slug}` : day;
}

/** The frontmatter of a new story: its title and its event day (the article's published day). */
export function newStoryData(title: string, published: string): { title: string; date: string } {
  return { title: title.trim(), date: dayOf(published) ?? published };
}
