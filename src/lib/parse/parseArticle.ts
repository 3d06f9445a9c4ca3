import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Paragraph } from '../extract/types';
import { rehypeParagraphs } from './rehypeParagraphs';

/** An article body turned into a safe HTML tree plus the text of each paragraph. */
export interface ParsedArticle {
  /** Sanitised HTML tree with anchor ids on every paragraph. Treat as read-only: render a copy. */
  tree: Root;
  paragraphs: Paragraph[];
}

// Raw HTML is parsed into the tree first (rehype-raw) so that rehype-sanitize can judge each
// element on its own: harmless inline markup such as <b> survives, while <script>, event
// handlers, javascript: URLs and <iframe> never reach the page.
const processor = remark()
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize);

/** Parses an article's Markdown into a sanitised HTML tree with numbered, anchored paragraphs. */
export function parseArticle(markdown: string, anchor: (block: string) => string): ParsedArticle {
  const file = new VFile(markdown);
  const tree = processor.runSync(processor.parse(file), file);
  const numbered = unified().use(rehypeParagraphs, { anchor });
  numbered.runSync(tree, file);
  return { tree, paragraphs: file.data.paragraphs ?? [] };
}
