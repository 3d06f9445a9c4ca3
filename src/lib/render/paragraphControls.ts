import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';

/** A link drawn beside a paragraph; it carries no text of its own so the paragraph's words stay exactly the source's. */
export interface ParagraphLink {
  href: string;
  /** Accessible name, e.g. "Permalink to paragraph 3". */
  label: string;
  className: string;
  /** Extra data attributes, e.g. the target id for scripts. */
  data?: Record<string, string>;
}

/** Options for {@link rehypeParagraphControls}. */
export interface RehypeParagraphControlsOptions {
  /** Links for paragraph N (1-based), in the order they should appear. */
  links: (paragraph: number, id: string) => ParagraphLink[];
}

function linkElement(link: ParagraphLink): Element {
  return { type: 'element', tagName: 'a', properties: { href: link.href, ariaLabel: link.label, className: [link.className], ...link.data }, children: [] };
}

/**
 * Puts a paragraph's own links (permalink, jump to counterpart) at its start. Run it after fact
 * marking: the links hold no text, so offsets and the visible words do not change.
 */
export const rehypeParagraphControls: Plugin<[RehypeParagraphControlsOptions], Root> = ({ links }) => (tree) => {
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const paragraph = child.properties.dataParagraph;
      if (typeof paragraph !== 'number') {
        walk(child);
        continue;
      }
      // A table row may only hold cells, so its links go into the first cell.
      const host = child.tagName === 'tr' ? child.children.find((c): c is Element => c.type === 'element') ?? child : child;
      host.children.unshift(...links(paragraph, String(child.properties.id)).map(linkElement));
    }
  };
  walk(tree);
};
