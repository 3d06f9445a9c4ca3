// Stage "live-blog": a live blog is a stream of time-stamped entries. Each entry's time usually sits
// in the entry's own header, among share buttons, where the noise stage (and Readability) would
// drop it with the rest of the header. So before anything is removed, each entry's time becomes a
// heading of its own, `## 14:05`, followed by the entry's paragraphs. Entries stay in page order.
import { textOf } from './dom';

/** What {@link markLiveBlogEntries} did. */
export interface LiveBlogReport {
  /** Number of entries given a time heading. */
  entries: number;
}

/** Options for {@link markLiveBlogEntries}. */
export interface LiveBlogOptions {
  /** Level of the heading each entry gets; default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * Finds live-blog entries (sibling elements that each hold exactly one `<time>` and at least one
 * paragraph, at least two of them side by side) and puts each entry's time, as shown on the page,
 * in a heading at the top of the entry, in place of the header or label that held it.
 */
export function markLiveBlogEntries(document: Document, options: LiveBlogOptions = {}): LiveBlogReport {
  const level = options.headingLevel ?? 2;
  const entries = new Set<Element>();
  for (const time of document.querySelectorAll('time')) {
    const entry = entryOf(time);
    if (entry) entries.add(entry);
  }
  // An entry needs a sibling entry: one dated article among other content is not a live blog.
  const streams = new Map<Element, Element[]>();
  for (const entry of entries) {
    const parent = entry.parentElement;
    if (!parent) continue;
    streams.set(parent, [...(streams.get(parent) ?? []), entry]);
  }
  let marked = 0;
  for (const stream of streams.values()) {
    if (stream.length < 2) continue;
    for (const entry of stream) {
      const time = entry.querySelector('time')!;
      const label = textOf(time);
      if (!label) continue;
      // The highest element inside the entry that holds the time but no paragraph: the entry's header.
      let holder: Element = time;
      while (holder.parentElement && holder.parentElement !== entry && !holder.parentElement.querySelector('p')) holder = holder.parentElement;
      const heading = document.createElement(`h${level}`);
      heading.textContent = label;
      holder.replaceWith(heading);
      marked++;
    }
  }
  return { entries: marked };
}

/** The element around `time` that is one entry of a stream: it holds this one `<time>` and a paragraph. */
function entryOf(time: Element): Element | undefined {
  // Reader comments are time-stamped too, but they are not the article.
  if (time.closest('[class*="comment" i], [id*="comment" i]')) return undefined;
  let node = time.parentElement;
  while (node && node.tagName !== 'BODY') {
    if (node.querySelectorAll('time').length > 1) return undefined;
    if (node.querySelector('p')) {
      const siblings = [...(node.parentElement?.children ?? [])].filter((s) => s !== node && s.tagName === node!.tagName);
      return siblings.some((s) => s.querySelectorAll('time').length === 1 && s.querySelector('p')) ? node : undefined;
    }
    node = node.parentElement;
  }
  return undefined;
}
