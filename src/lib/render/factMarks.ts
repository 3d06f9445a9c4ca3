import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import type { FactKind } from '../extract/types';

/** One highlighted stretch of a paragraph. */
export interface FactMark {
  paragraph: number;
  start: number;
  end: number;
  kind: FactKind;
  /** Extra attributes for the <mark>, e.g. data-status or aria-describedby. */
  attributes: Record<string, string>;
}

/** Options for {@link rehypeFactMarks}. */
export interface RehypeFactMarksOptions {
  marks: FactMark[];
}

// Quotes are long and hold other facts. When two marks cross (neither holds the other), the one
// that is not a quote, or else the shorter, wins; the other is dropped rather than drawn broken.
const isQuote = (mark: FactMark) => (mark.kind === 'quote' ? 1 : 0);
function nestable(marks: FactMark[]): FactMark[] {
  const bySpecificity = [...marks].sort((a, b) => isQuote(a) - isQuote(b) || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: FactMark[] = [];
  for (const mark of bySpecificity) {
    const crosses = kept.some((k) => mark.start < k.end && k.start < mark.end && !(mark.start <= k.start && k.end <= mark.end) && !(k.start <= mark.start && mark.end <= k.end));
    const duplicate = kept.some((k) => k.start === mark.start && k.end === mark.end);
    if (!crosses && !duplicate && mark.start < mark.end) kept.push(mark);
  }
  // Outer marks first, so each one can claim the marks nested inside it.
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function markElement(mark: FactMark, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'mark', properties: { className: ['fact', `fact-${mark.kind}`], dataKind: mark.kind, ...mark.attributes }, children };
}

// Wraps the part of one text node covered by marks; `offset` is the node's position in the paragraph.
function wrapText(node: Text, offset: number, marks: FactMark[]): ElementContent[] {
  const end = offset + node.value.length;
  const inside = marks
    .filter((m) => m.start < end && offset < m.end)
    .map((m) => ({ ...m, start: Math.max(m.start, offset), end: Math.min(m.end, end) }));
  const build = (from: number, to: number, pending: FactMark[]): ElementContent[] => {
    const out: ElementContent[] = [];
    let cursor = from;
    while (pending.length) {
      const outer = pending.shift()!;
      const nested: FactMark[] = [];
      while (pending.length && pending[0]!.start < outer.end) nested.push(pending.shift()!);
      if (outer.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor - offset, outer.start - offset) });
      out.push(markElement(outer, build(outer.start, outer.end, nested)));
      cursor = outer.end;
    }
    if (cursor < to) out.push({ type: 'text', value: node.value.slice(cursor - offset, to - offset) });
    return out;
  };
  return build(offset, end, inside);
}

function markParagraph(block: Element, marks: FactMark[]) {
  let offset = 0;
  const visit = (parent: Element) => {
    const children: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        children.push(...wrapText(child, offset, marks));
        offset += child.value.length;
      } else {
        if (child.type === 'element') visit(child);
        children.push(child);
      }
    }
    parent.children = children;
  };
  visit(block);
}

/**
 * Wraps each fact mention in a `<mark>` without changing a character of the visible text. Offsets
 * are those of the paragraph's plain text, as numbered by rehypeParagraphs, so a mark may span
 * inline markup: it is then drawn as one <mark> per text node.
 */
export const rehypeFactMarks: Plugin<[RehypeFactMarksOptions], Root> = ({ marks }) => (tree) => {
  const byParagraph = new Map<number, FactMark[]>();
  for (const mark of marks) byParagraph.set(mark.paragraph, [...(byParagraph.get(mark.paragraph) ?? []), mark]);
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const paragraph = child.properties.dataParagraph;
      if (typeof paragraph === 'number') {
        const own = byParagraph.get(paragraph);
        if (own) markParagraph(child, nestable(own));
      } else walk(child);
    }
  };
  walk(tree);
};
