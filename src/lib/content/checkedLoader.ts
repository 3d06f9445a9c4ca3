import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from './check';
import type { Frontmatter } from './schema';
import { frontmatterSyntaxProblem } from './yamlError';

const readText = (file: string) => readFileSync(file, 'utf8');

/**
 * Wraps a loader of Markdown files (such as `glob`) so that a bad frontmatter stops the sync with
 * a {@link ContentError} per field, in our `file: field "x": …` format: each file's frontmatter is
 * checked against `frontmatter` before Astro checks it against the collection's schema (the same
 * one, so Astro's check then passes), and frontmatter that YAML refuses is reported by field.
 */
export function checkedLoader(loader: Loader, frontmatter: Frontmatter): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      const parseData: LoaderContext['parseData'] = (props) => {
        const file = props.filePath ?? props.id;
        parseFrontmatter(frontmatter, props.data, file, () => (props.filePath ? readText(props.filePath) : ''));
        return context.parseData(props);
      };
      try {
        await loader.load({ ...context, parseData });
      } catch (error) {
        throw frontmatterSyntaxProblem(error, readText) ?? error;
      }
    },
  };
}
