// Numbers the text blocks of an article in reading order and records their visible text, so
// that fact offsets and anchors are computed from the very tree the reader sees.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { BlockKind, Paragraph, TextRange } from '../extract/types';

/** Options for {@link rehypeParagraphs}. */
export interface RehypeParagraphsOptions {
  /** The anchor id of a block, given its name within the article ("p3", "h1", "t1r2"). */
  anchor: (block: string) => string;
}

declare module 'vfile' {
  interface DataMap {
    /** Text blocks in reading order, filled by {@link rehypeParagraphs}. */
    paragraphs: Paragraph[];
  }
}

// Elements that hold running text. A block that contains another block (a list item wrapping
// paragraphs, a blockquote) is a container, not a block: only the innermost count, so every
// character belongs to exactly one block. Table rows are blocks of their own kind, so a figure
// in a cell keeps its row and column headers.
const PROSE = new Set(['p', 'li', 'pre', 'dt', 'dd', 'figcaption', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([...PROSE, ...HEADINGS, 'tr']);

function containsBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || containsBlock(child)));
}

const kindOf = (tagName: string): BlockKind => (HEADINGS.has(tagName) ? 'heading' : tagName === 'tr' ? 'table-row' : 'prose');

/** Offsets of each cell's text within the row's text (the row's text is its children's text in order). */
function cellRanges(row: Element): TextRange[] {
  const cells: TextRange[] = [];
  let at = 0;
  for (const child of row.children as ElementContent[]) {
    const length = toString(child).length;
    if (child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th')) cells.push({ start: at, end: at + length });
    at += length;
  }
  return cells;
}

/**
 * Gives every text block an anchor id and records it in `file.data.paragraphs`: prose paragraphs
 * are numbered p1, p2, … among prose only; headings h1, h2, …; table rows t<table>r<row>, the
 * header row being r1.
 */
export const rehypeParagraphs: Plugin<[RehypeParagraphsOptions], Root> = (options) => (tree, file) => {
  const paragraphs: Paragraph[] = [];
  const counts = { prose: 0, heading: 0, table: 0 };
  let row = 0;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'table') {
      counts.table++;
      row = 0;
      return CONTINUE;
    }
    if (!BLOCKS.has(node.tagName) || containsBlock(node)) return CONTINUE;
    const text = toString(node);
    if (!text.trim()) return SKIP;
    const kind = kindOf(node.tagName);
    let block: string;
    const paragraph: Paragraph = { index: paragraphs.length + 1, text, kind, block: '' };
    if (kind === 'table-row') {
      row++;
      block = `t${counts.table}r${row}`;
      const header = node.children.every((c) => c.type !== 'element' || c.tagName === 'th');
      paragraph.tableRow = { table: counts.table, row, header, cells: cellRanges(node) };
    } else if (kind === 'heading') block = `h${++counts.heading}`;
    else block = `p${++counts.prose}`;
    paragraph.block = block;
    node.properties.id = options.anchor(block);
    node.properties.dataParagraph = paragraph.index;
    paragraphs.push(paragraph);
    return SKIP;
  });
  file.data.paragraphs = paragraphs;
};
