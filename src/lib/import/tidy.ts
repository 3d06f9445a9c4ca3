// Part of stage "markdown": makes Readability's body safe and plain before it becomes Markdown.
// Pictures, embeds and anything executable go (with their alt text and captions); links keep
// their text and, when they point somewhere safe, their address; every heading becomes one level,
// since an article body's headings are its sub-heads whatever level the site gave them.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

/** Options for {@link rehypeTidyBody}. */
export interface TidyBodyOptions {
  /** Level every heading gets; default 2 (`##`). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Address to resolve relative links against (the page's own); without it they stay as written. */
  baseUrl?: string | undefined;
}

/** Elements removed with everything inside them. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'img', 'picture', 'source', 'figure', 'figcaption', 'video', 'audio', 'track', 'svg', 'math', 'canvas', 'map', 'area',
  'form', 'input', 'button', 'select', 'textarea', 'label', 'dialog', 'hr', 'head', 'title', 'base',
]);

/** Link schemes kept (those rehype-sanitize keeps); a link with any other (javascript:, data:, tel:, …) keeps its text only. */
const SAFE_SCHEMES = /^(https?|mailto):$/i;
const HEADING = /^h[1-6]$/;
const BLOCK = /^(p|li|h[1-6]|blockquote|dd|dt|td|th|pre)$/;

/**
 * Removes unsafe and non-text elements, unwraps links that are not http(s) or mailto, drops
 * every attribute but a link's `href`, puts every heading at one level, and trims line breaks at
 * the edges of a block.
 */
export const rehypeTidyBody: Plugin<[TidyBodyOptions?], Root> = (options = {}) => {
  const level = options.headingLevel ?? 2;
  return (tree) => {
    tidyChildren(tree, level, options.baseUrl);
  };
};

function tidyChildren(parent: Root | Element, level: number, baseUrl: string | undefined): void {
  const out: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    if (DROPPED_ELEMENTS.has(child.tagName)) continue;
    tidyChildren(child, level, baseUrl);
    if (child.tagName === 'a') {
      const href = safeHref(child.properties.href, baseUrl);
      if (!href) {
        out.push(...child.children);
        continue;
      }
      child.properties = { href };
    } else {
      child.properties = {};
    }
    if (HEADING.test(child.tagName)) child.tagName = `h${level}`;
    if (BLOCK.test(child.tagName)) trimBreaks(child);
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}

/** A link's address if it is safe to keep, resolved against the page when relative and the page's address is known. */
function safeHref(value: unknown, baseUrl: string | undefined): string | undefined {
  const href = typeof value === 'string' ? value.trim() : '';
  if (!href || href.startsWith('#') && !baseUrl) return undefined;
  let url: URL;
  try {
    url = new URL(href, baseUrl);
  } catch {
    // Relative, and no page address to resolve it against: keep it as the page wrote it.
    return /^[a-z][a-z0-9+.-]*:/i.test(href) ? undefined : href;
  }
  if (!SAFE_SCHEMES.test(url.protocol)) return undefined;
  return baseUrl ? url.href : href;
}

/** Removes `<br>` (and the whitespace around it) at the start and the end of a block. */
function trimBreaks(block: Element): void {
  const isBreakOrSpace = (node: ElementContent | undefined) =>
    !!node && ((node.type === 'element' && node.tagName === 'br') || (node.type === 'text' && /^[ \t\n\r\f]*$/.test(node.value)));
  while (block.children.length && isBreakOrSpace(block.children[0])) block.children.shift();
  while (block.children.length && isBreakOrSpace(block.children.at(-1))) block.children.pop();
}
