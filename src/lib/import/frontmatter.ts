// Stage "frontmatter": the article's fields in the order the schema lists them, written as YAML the
// way the hand-written content files are (plain where YAML allows, double quotes where it needs
// them), and checked against the same schema the build uses (src/lib/content/schema.ts) before
// anything is written.
import { parseFrontmatter } from '../content/check';
import { articleFrontmatter, storyFrontmatter, type ArticleFrontmatter, type StoryFrontmatter } from '../content/schema';
import type { FieldValue, ImportedField } from './pipeline';

/** An article's frontmatter as it will be written: text values, in schema order, `language` left out when it is the default `en`. */
export type ArticleData = Record<string, string>;

/** The frontmatter fields of an article, in the schema's order. */
export const ARTICLE_FIELDS = Object.keys(articleFrontmatter.schema.shape) as (keyof ArticleFrontmatter)[];
/** The frontmatter fields of a story, in the schema's order. */
export const STORY_FIELDS = Object.keys(storyFrontmatter.schema.shape) as (keyof StoryFrontmatter)[];
/** The language the schema assumes when none is written. */
export const DEFAULT_LANGUAGE = articleFrontmatter.schema.shape.language.parse(undefined);

/** The frontmatter for an article of `story` with these fields: schema order, the default language omitted. */
export function articleData(story: string, fields: Partial<Record<ImportedField, Pick<FieldValue, 'value'>>>): ArticleData {
  const data: ArticleData = {};
  for (const key of ARTICLE_FIELDS) {
    const value = key === 'story' ? story : fields[key]?.value;
    if (value === undefined || (key === 'language' && value === DEFAULT_LANGUAGE)) continue;
    data[key] = value;
  }
  return data;
}

// YAML reads these plain scalars as something other than text (booleans, null, numbers, dates).
const NOT_TEXT = /^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?(\d[\d_,]*)?\.?\d*([eE][-+]?\d+)?|0x[\da-f_]+|0o?[0-7_]+|\d{4}-\d\d?-\d\d?([Tt ].*)?)$/i;
// Characters that cannot start a plain scalar, and sequences that cannot appear in one.
const BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const BAD_INSIDE = /: |:$| #|[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]|\s$/;

/**
 * One YAML value: plain when YAML reads it back as the same text, else double-quoted. `published`
 * stays plain, as editors write it (`published: 2024-06-05T18:30:00-05:00`); the schema reads a
 * date YAML turns into a Date back as the day written.
 */
export function yamlValue(key: string, value: string): string {
  if (key === 'published' || key === 'date') return value;
  if (value !== '' && !NOT_TEXT.test(value) && !BAD_START.test(value) && !BAD_INSIDE.test(value)) return value;
  return JSON.stringify(value);
}

/** A content file: YAML frontmatter between `---` lines, a blank line, then the body (if any). */
export function contentFile(data: Record<string, string>, body = ''): string {
  const yaml = Object.entries(data)
    .map(([key, value]) => `${key}: ${yamlValue(key, value)}\n`)
    .join('');
  return body ? `---\n${yaml}---\n\n${body}` : `---\n${yaml}---\n`;
}

/**
 * Checks an article's frontmatter with the content schema, as the build will. Throws the content
 * errors (every field at fault, each naming `file` and the field) when it does not pass.
 *
 * @param text the file as it will be written, to echo values as written in messages.
 */
export function checkArticle(data: ArticleData, file: string, text: string): ArticleFrontmatter {
  return parseFrontmatter(articleFrontmatter, data, file, () => text);
}

/** Checks a story's frontmatter with the content schema; see {@link checkArticle}. */
export function checkStory(data: Record<string, string>, file: string, text: string): StoryFrontmatter {
  return parseFrontmatter(storyFrontmatter, data, file, () => text);
}
