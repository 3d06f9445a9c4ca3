// The pages of a build, found in its dist/ folder rather than listed by hand, so a new page type is
// checked by every gate the day it appears. Each page gets a type (home, story, article…) so the
// slower gates can check one representative of each type.
import { readdirSync } from 'node:fs';

/** A built HTML page: its file under dist/ and its site-relative URL path. */
export interface BuiltPage {
  file: string;
  /** Path relative to the site base, e.g. `stories/x/` or `404.html`. */
  path: string;
  /** Kind of page, e.g. `story`; a page of no known kind is its own type, named by its path. */
  type: string;
}

// Most specific first: `stories/<id>/figures/` must not be taken for an article called "figures".
const TYPES: [string, RegExp][] = [
  ['home', /^$/],
  ['not-found', /^404\.html$/],
  ['search', /^search\/$/],
  ['figures', /^stories\/[^/]+\/figures\/$/],
  ['compare', /^stories\/[^/]+\/compare\/[^/]+\/[^/]+\/$/],
  ['story', /^stories\/[^/]+\/$/],
  ['article', /^stories\/[^/]+\/[^/]+\/$/],
];

/** Every HTML page of the build in `distDir`, sorted by path. */
export function builtPages(distDir: string): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = file.replace(/(^|\/)index\.html$/, '$1');
      return { file, path, type: TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? `other:${path}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The first page of each type: what the browser-driven gates visit. */
export function pagePerType(distDir: string): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const page of builtPages(distDir)) if (!seen.has(page.type)) seen.set(page.type, page);
  return [...seen.values()];
}
