// Stage "markdown": the article body as Markdown, one Markdown paragraph per source paragraph, the
// text verbatim (curly quotes, dashes and non-breaking spaces as characters, links as
// `[text](href)`), through unified: rehype-parse → tidy → rehype-sanitize → furniture →
// rehype-remark → remark-stringify. Emphasis is `*…*`, strong `**…**`, bullets `-`, ordered lists
// `1.`, headings `##`; Markdown's own characters in the text are escaped so they stay text.
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeFurniture, type Furniture } from './furniture';
import { rehypeTidyBody } from './tidy';

/** Options for {@link bodyToMarkdown}. */
export interface BodyToMarkdownOptions {
  /** The outlet, to tell its own wire tag in a dateline from a syndicated one. */
  outlet?: string | undefined;
  /** The byline the page states, to recognise it repeated in the body. */
  byline?: string | undefined;
  /** The page's address, to resolve relative links; without it they stay as written. */
  baseUrl?: string | undefined;
}

/** The body in Markdown and the furniture lifted out of it. */
export interface MarkdownBody extends Furniture {
  /** Ends in one newline. */
  markdown: string;
}

/** How Markdown is written: the conventions of the hand-written content files. */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  incrementListMarker: true,
  rule: '-',
  fences: true,
};

/** Converts an article body's HTML (Readability's output) into Markdown. */
export function bodyToMarkdown(html: string, options: BodyToMarkdownOptions = {}): MarkdownBody {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeTidyBody, { baseUrl: options.baseUrl })
    .use(rehypeSanitize)
    .use(rehypeFurniture, { outlet: options.outlet, byline: options.byline })
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, STRINGIFY_OPTIONS);
  const file = new VFile(html);
  const markdown = String(processor.processSync(file));
  const furniture = file.data.furniture ?? { removed: [] };
  // Trim newlines only: a non-breaking space at the end of the last paragraph is text.
  const trimmed = markdown.replace(/^\n+|\n+$/g, '');
  return { ...furniture, markdown: trimmed ? `${trimmed}\n` : '' };
}
