import { glob, type Loader } from 'astro/loaders';
import { checkedLoader } from './checkedLoader';
import { contentPath, ContentError } from './errors';
import { articleFrontmatter } from './schema';

/** Path segments that story pages use for their own routes, so no article may take them as its id. */
export const RESERVED_ARTICLE_IDS = ['figures', 'compare'] as const;

/** Turns a file name into the id used in URLs and anchors: lower case, words joined by hyphens. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Options for {@link articleLoader}. */
export interface ArticleLoaderOptions {
  /** Folder holding one sub-folder per story, relative to the project root. */
  base: string;
}

/**
 * A glob loader over `<story-id>/<article-id>.md` whose bad frontmatter stops the build with a
 * ContentError per field, and which also refuses what glob alone lets through: two files that map
 * to one article id (glob would silently keep only the later one) and an article with no text.
 * Entry ids are `<story-id>/<article-id>`.
 */
export function articleLoader({ base }: ArticleLoaderOptions): Loader {
  return {
    name: 'parallax-articles',
    load: async (context) => {
      // A fresh map per load: in dev the loader runs again on every change.
      const fileById = new Map<string, string>();
      const files = glob({
        base,
        pattern: '*/*.{md,markdown}',
        generateId: ({ entry }) => {
          const [storyDir = '', fileName = ''] = entry.split('/');
          const articleId = slugify(fileName.replace(/\.(md|markdown)$/i, ''));
          const file = `${base}/${entry}`;
          if (!articleId) throw new ContentError(file, 'id', `the file name "${fileName}" has no letters or digits to make an id from; rename the file`);
          if ((RESERVED_ARTICLE_IDS as readonly string[]).includes(articleId)) {
            throw new ContentError(file, 'id', `"${articleId}" is reserved for a story page route; rename the file`);
          }
          const id = `${slugify(storyDir)}/${articleId}`;
          const earlier = fileById.get(id);
          if (earlier && earlier !== file) {
            throw new ContentError(file, 'id', `article id "${articleId}" is already used in this story by ${contentPath(earlier)}`);
          }
          fileById.set(id, file);
          return id;
        },
      });
      await checkedLoader(files, articleFrontmatter).load(context);
      for (const entry of context.store.values()) {
        if (!entry.body?.trim()) {
          throw new ContentError(entry.filePath ?? entry.id, 'body', 'the article has no text: paste the article body below the frontmatter');
        }
      }
    },
  };
}
