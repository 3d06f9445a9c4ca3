// Parallax's content model: a story is one news event, an article is one outlet's report of it.
// Files live under content/ (see README "Adding a story"); the schemas below are the contract.
import { defineCollection, reference, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/content/articleLoader';

// Tests and benchmarks build fixture sites by pointing this at another folder.
const contentDir = process.env.PARALLAX_CONTENT_DIR ?? './content';

// YAML turns an unquoted 2023-12-27 into a Date; keep the text as written so a published time
// keeps its own offset and a bare date is never shifted into the previous day.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value),
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
      'expected an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM, optionally with seconds and offset)',
    ),
);

const stories = defineCollection({
  loader: glob({ base: `${contentDir}/stories`, pattern: '*.{md,markdown}' }),
  schema: z
    .object({
      title: z.string().trim().min(1),
      date: isoDate.refine((d) => d.length === 10, 'expected the event day as YYYY-MM-DD'),
      location: z.string().trim().min(1).optional(),
      summary: z.string().trim().min(1).optional(),
    })
    .strict(),
});

const articles = defineCollection({
  loader: articleLoader({ base: `${contentDir}/articles` }),
  schema: z
    .object({
      story: reference('stories'),
      outlet: z.string().trim().min(1),
      title: z.string().trim().min(1),
      published: isoDate,
      url: z.string().url().optional(),
      byline: z.string().trim().min(1).optional(),
      dateline: z.string().trim().min(1).optional(),
      credit: z.string().trim().min(1).optional(),
      language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag such as en or es-MX').default('en'),
    })
    .strict(),
});

export const collections = { stories, articles };
