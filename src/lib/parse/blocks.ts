// Names of an article's text blocks, as anchors and as readers see them. Prose paragraphs are
// "p1", "p2", …; headings "h1", …; table rows "t1r1", … (see rehypeParagraphs.ts).
import type { Paragraph } from '../extract/types';

/** A block's name within its article ("p3", "h1", "t1r2"); a paragraph given without one is prose, named by its index. */
export const blockName = (paragraph: Pick<Paragraph, 'index' | 'block'>): string => paragraph.block ?? `p${paragraph.index}`;

/** The name of block number `index` among `paragraphs` ("p<index>" when it is not there). */
export function blockAt(paragraphs: readonly Pick<Paragraph, 'index' | 'block'>[], index: number): string {
  const paragraph = paragraphs[index - 1]?.index === index ? paragraphs[index - 1] : paragraphs.find((p) => p.index === index);
  return paragraph ? blockName(paragraph) : `p${index}`;
}

/** A block's name in words: "paragraph 3", "heading 1", "table 1, row 2". */
export function describeBlock(block: string): string {
  const row = /^t(\d+)r(\d+)$/.exec(block);
  if (row) return `table ${row[1]}, row ${row[2]}`;
  const heading = /^h(\d+)$/.exec(block);
  if (heading) return `heading ${heading[1]}`;
  return `paragraph ${block.replace(/^p/, '')}`;
}
