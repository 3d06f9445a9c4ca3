// The frontmatter of a story file and of an article file: one definition, shared by the content
// collections (src/content.config.ts), the check that words content errors (./check.ts) and
// anything else that reads or writes content files. Each field's description says what to write
// there, with an example; error messages quote it.
import { z } from 'astro/zod';

/** The frontmatter of one kind of content file: its schema, and other names editors use for its fields. */
export interface Frontmatter<Schema extends z.AnyZodObject = z.AnyZodObject> {
  /** What one file is, with its article: "a story", "an article". */
  noun: string;
  schema: Schema;
  /** Field names an editor might write instead, e.g. `author` for `byline`. */
  aliases: Readonly<Record<string, string>>;
}

// YAML turns an unquoted 2023-12-27 into a Date; keep the text as written so a bare date is never
// shifted into the previous day.
const asWritten = (value: unknown) => (value instanceof Date ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value);

/** True when `text` starts with a YYYY-MM-DD that is a day of the calendar (no 2023-02-30). */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const NOT_A_DAY = 'is not a day of the calendar: check the month and the day';

/** A day, YYYY-MM-DD. */
const day = z.preprocess(
  asWritten,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a day written as YYYY-MM-DD, e.g. 2023-12-27')
    .refine(isCalendarDay, NOT_A_DAY),
);

/** A day, or a day and time, in ISO 8601. */
const timestamp = z.preprocess(
  asWritten,
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
      'is not an ISO date or date-time: write the day as YYYY-MM-DD, e.g. 2023-12-27, or the day and time with its offset, e.g. 2023-12-27T19:10:00+01:00',
    )
    .refine(isCalendarDay, NOT_A_DAY),
);

/** One line of text, not blank. */
const text = () => z.string().trim().min(1);

/** Frontmatter of `content/stories/<story-id>.md`. */
export const storySchema = z
  .object({
    title: text().describe('the event in a few words, e.g. City council passes transit budget'),
    date: day.describe("the event's day, e.g. 2024-06-05"),
    location: text().optional().describe('where it happened, e.g. Springfield'),
    summary: text().optional().describe('a sentence or two on what happened'),
  })
  .strict();

/**
 * Frontmatter of `content/articles/<story-id>/<article-id>.md`. `story` is the story's id as text
 * here; the content collection checks it as a reference to a story.
 */
export const articleSchema = z
  .object({
    story: text().describe('the id of its story, the name of its file in content/stories/, e.g. 2024-06-05-council-budget'),
    outlet: text().describe("the outlet's name, e.g. Metro Daily"),
    title: text().describe('the headline as the outlet printed it'),
    published: timestamp.describe('when the outlet published it, e.g. 2024-06-05 or 2024-06-05T18:30:00-05:00'),
    url: z
      .string()
      .url('is not a full web address: write it with its https://, e.g. https://example.com/council-budget')
      .optional()
      .describe('the address of the original, e.g. https://example.com/council-budget'),
    byline: text().optional().describe('who wrote it, e.g. Jane Doe'),
    dateline: text().optional().describe('where it was filed, e.g. WASHINGTON'),
    credit: text().optional().describe('the contribution line, e.g. Jane Doe contributed to this report'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'is not a BCP 47 language tag: write e.g. en or es-MX')
      .default('en')
      .describe('its language as a BCP 47 tag, e.g. en or es-MX'),
  })
  .strict();

/** A story file's frontmatter, checked. */
export type StoryFrontmatter = z.output<typeof storySchema>;
/** An article file's frontmatter, checked. */
export type ArticleFrontmatter = z.output<typeof articleSchema>;

/** Story files' frontmatter. */
export const storyFrontmatter: Frontmatter<typeof storySchema> = {
  noun: 'a story',
  schema: storySchema,
  aliases: { headline: 'title', day: 'date', place: 'location', description: 'summary' },
};

/** Article files' frontmatter. */
export const articleFrontmatter: Frontmatter<typeof articleSchema> = {
  noun: 'an article',
  schema: articleSchema,
  aliases: {
    author: 'byline',
    authors: 'byline',
    headline: 'title',
    source: 'outlet',
    publication: 'outlet',
    publisher: 'outlet',
    date: 'published',
    link: 'url',
    lang: 'language',
  },
};
