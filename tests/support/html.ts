// Reading built pages the way a browser would: a spec-compliant HTML parser (parse5, via hast)
// and CSS selectors over the result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Parses the built page at a site path such as `stories/x/` (directory URLs read their index.html). */
export function readPage(distDir: string, path: string): Root {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return fromHtml(readFileSync(join(distDir, file), 'utf8'));
}

/** All elements matching a CSS selector. */
export const $$ = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);
/** The first element matching a CSS selector, or undefined. */
export const $ = (tree: Root | Element, selector: string): Element | undefined => select(selector, tree);
/** The visible text of a node, with runs of white space folded to one space. */
export const textOf = (node: Root | Element): string => toString(node).replace(/\s+/g, ' ').trim();
