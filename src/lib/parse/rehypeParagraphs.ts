import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import type { Paragraph } from '../extract/types';

/** Options for {@link rehypeParagraphs}. */
export interface RehypeParagraphsOptions {
  /** The anchor id to give paragraph N (1-based). */
  anchor: (index: number) => string;
}

// Elements that hold running text; a table row counts as one, so a figure keeps its row label.
// A block that contains another block (a list item wrapping paragraphs, a blockquote) is a
// container, not a paragraph: only the innermost blocks count, so every character belongs to
// exactly one paragraph.
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'pre', 'dt', 'dd', 'figcaption']);

declare module 'vfile' {
  interface DataMap {
    /** Paragraphs in reading order, filled by {@link rehypeParagraphs}. */
    paragraphs: Paragraph[];
  }
}

function containsTextBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (TEXT_BLOCKS.has(child.tagName) || containsTextBlock(child)));
}

/**
 * Numbers every text block in reading order, gives it an anchor id and records its
 * visible text in `file.data.paragraphs`, so that fact offsets and anchors are computed from the
 * very tree the reader sees.
 */
export const rehypeParagraphs: Plugin<[RehypeParagraphsOptions], Root> = (options) => (tree, file) => {
  const paragraphs: Paragraph[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (TEXT_BLOCKS.has(child.tagName) && !containsTextBlock(child)) {
        const text = toString(child);
        if (!text.trim()) continue;
        const index = paragraphs.length + 1;
        child.properties.id = options.anchor(index);
        child.properties.dataParagraph = index;
        paragraphs.push({ index, text });
      } else {
        walk(child);
      }
    }
  };
  walk(tree);
  file.data.paragraphs = paragraphs;
};
