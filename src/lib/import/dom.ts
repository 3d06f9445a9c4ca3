// Stage "parse": HTML into a DOM that Readability can read. linkedom rather than jsdom: it is small,
// fast on large pages, and runs on Node 20 (jsdom 30 and later need Node 22).
import { parseHTML } from 'linkedom';

/**
 * Parses a whole page into a DOM document. Nothing in it runs: linkedom has no script engine and
 * loads no resources.
 */
export function parseDocument(html: string): Document {
  // linkedom's Document implements the parts of the DOM that Readability and this importer use.
  return parseHTML(html).document as unknown as Document;
}

/** Whitespace as HTML collapses it (space, tab, newlines, form feed), but never U+00A0, which is text. */
export const HTML_SPACE = /[ \t\n\r\f]+/g;

/** An element's text with HTML whitespace runs collapsed to one space and trimmed at both ends. */
export function textOf(node: { textContent: string | null }): string {
  return collapse(node.textContent ?? '');
}

/** Collapses HTML whitespace runs to one space and trims them (U+00A0 is kept). */
export function collapse(text: string): string {
  return text.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}
