// Parallax's content model: a story is one news event, an article is one outlet's report of it.
// Files live under content/ (see README "Adding a story"). Their frontmatter schemas live in
// src/lib/content/schema.ts, shared with everything else that reads or writes content files; the
// loaders check each file against them first, so a bad file stops the build with a message naming
// the file and the field.
import { defineCollection, reference } from 'astro:content';
import { articleLoader } from './lib/content/articleLoader';
import { articleSchema, storySchema } from './lib/content/schema';
import { storyLoader } from './lib/content/storyLoader';

// Tests and benchmarks build fixture sites by pointing this at another folder.
const contentDir = process.env.PARALLAX_CONTENT_DIR ?? './content';

const stories = defineCollection({
  loader: storyLoader({ base: `${contentDir}/stories` }),
  schema: storySchema,
});

const articles = defineCollection({
  loader: articleLoader({ base: `${contentDir}/articles` }),
  // Here an article's story becomes a reference, so pages get it as { collection, id }.
  schema: articleSchema.extend({ story: reference('stories') }),
});

export const collections = { stories, articles };
