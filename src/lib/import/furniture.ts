// Part of stage "markdown": the lines a news body carries that are about the article rather than
// part of it. A byline or timestamp repeated at the top of the body is dropped. A dateline that
// opens the first paragraph ("MARROWICK, Scotland (Harbour Wire) — Seven crew …") stays where it
// is and is also recorded for the `dateline` field. A contribution line ("… contributed to this
// report.") near the end is moved out of the body into the `credit` field, and a promotional link
// closing the body ("Latest Political News on …") is dropped.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { collapse } from './dom';

/** What {@link rehypeFurniture} found. */
export interface Furniture {
  /** The dateline that opens the first paragraph, without a wire's name unless the wire is the outlet itself. */
  dateline?: string;
  /** The contribution line, as text. */
  credit?: string;
  /** Texts of the paragraphs removed from the body (repeated bylines and timestamps, closing promotional links, the contribution line). */
  removed: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** Filled by {@link rehypeFurniture}. */
    furniture: Furniture;
  }
}

/** Options for {@link rehypeFurniture}. */
export interface FurnitureOptions {
  /** The outlet's name: a wire tag naming the outlet itself ("Dec. 27 (UPI) —" on UPI) is part of its dateline. */
  outlet?: string | undefined;
  /** The byline the page states, to recognise it repeated in the body. */
  byline?: string | undefined;
}

// "By TOMAS REYES, Harbour Wire", "By Jane Doe and John Roe".
const BYLINE = /^by\s+\S/i;
// "Published 20 May 2025", "Updated 14:05, 3 November 2025", "June 4, 2025".
const TIMESTAMP = /^((published|updated|posted|last updated)\b.*|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}( at .*)?|\d{1,2} [A-Z][a-z]{2,8} \d{4})$/i;
// "… contributed to this report.", "… contributed reporting.", "Additional reporting by …".
const CREDIT = /(\bcontributed (to )?(this|the) (report|story|article)|\bcontributed reporting|^additional reporting (by|from)\b)/i;
// A dateline: a short place (or date) in capitals, an optional wire in brackets, then a dash.
const DATELINE = /^(?<place>[^\s—–][^—–()]{0,59}?),?\s*(?:\((?<wire>[^()]{2,40})\)\s*)?(?:—|–|--?)\s+\S/;

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Where the dateline ends in a first paragraph's text, and its value, or undefined when it has none. */
export function readDateline(text: string, outlet?: string): string | undefined {
  const match = DATELINE.exec(text);
  if (!match?.groups) return undefined;
  const place = collapse(match.groups.place!).replace(/,$/, '');
  const wire = match.groups.wire?.trim();
  const words = place.split(' ');
  const capitals = /^[A-Z][A-Z.'’-]+,?$/.test(words[0]!);
  if (words.length > 6 || (!capitals && !wire)) return undefined;
  if (wire && outlet && fold(wire) === fold(outlet)) return `${place} (${wire})`;
  return place;
}

/** True when a paragraph's text is all inside links (and it has some). */
function wholeLink(paragraph: Element): boolean {
  const text = collapse(toString(paragraph));
  if (!text) return false;
  let linked = '';
  visit(paragraph, 'element', (node) => {
    if (node.tagName !== 'a') return;
    linked += toString(node);
    return 'skip';
  });
  return collapse(linked).length === text.length;
}

/** Finds the repeated byline, the dateline and the contribution line in an article body (see {@link Furniture}). */
export const rehypeFurniture: Plugin<[FurnitureOptions?], Root> = (options = {}) => (tree, file) => {
  const furniture: Furniture = { removed: [] };
  const paragraphs: { node: Element; parent: Root | Element }[] = [];
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'p' && parent) paragraphs.push({ node, parent: parent as Root | Element });
  });
  const remove = ({ node, parent }: (typeof paragraphs)[number]) => {
    parent.children.splice(parent.children.indexOf(node), 1);
    furniture.removed.push(collapse(toString(node)));
  };

  // Bylines and timestamps repeated before the first real paragraph.
  const byline = options.byline ? fold(options.byline) : undefined;
  while (paragraphs.length) {
    const text = collapse(toString(paragraphs[0]!.node));
    const isByline = (BYLINE.test(text) && text.length < 120) || (!!byline && fold(text) === byline);
    if (!(isByline || (TIMESTAMP.test(text) && text.length < 80) || !text)) break;
    remove(paragraphs.shift()!);
  }

  // Promotions closing the body: a last paragraph that is wholly a link ("Latest Political News on …").
  while (paragraphs.length > 1) {
    const last = paragraphs.at(-1)!;
    if (!wholeLink(last.node)) break;
    remove(paragraphs.pop()!);
  }

  // The contribution line: among the last three paragraphs.
  for (const paragraph of paragraphs.slice(-3).reverse()) {
    const text = collapse(toString(paragraph.node));
    if (CREDIT.test(text) && text.length < 300) {
      remove(paragraph);
      paragraphs.splice(paragraphs.indexOf(paragraph), 1);
      furniture.credit = text;
      break;
    }
  }

  const first = paragraphs[0];
  const dateline = first && readDateline(collapse(toString(first.node)), options.outlet);
  if (dateline) furniture.dateline = dateline;
  file.data.furniture = furniture;
};
