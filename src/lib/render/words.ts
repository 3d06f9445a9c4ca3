// Small pieces of English the views share, so a count or a list is worded the same everywhere.

/** A noun in its two numbers: `['report', 'reports']`. */
export type Noun = readonly [one: string, many: string];

/** A count with its noun: "1 report", "2 reports", "0 reports". */
export const count = (n: number, [one, many]: Noun) => `${n} ${n === 1 ? one : many}`;

/** A list in prose: "A", "A and B", "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The text with its first letter in upper case: "paragraph 9" → "Paragraph 9". */
export const capitalise = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** Text cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}
