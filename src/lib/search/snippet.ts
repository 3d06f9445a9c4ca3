import type { Token } from './normalize';

/** A run of text, marked when it is a matched word. */
export type Segment = [text: string, marked: boolean];

/** Words of context a snippet shows. */
export const SNIPPET_WORDS = 32;

/** True when the words of `phrase` stand together, in order, among `tokens`. */
export function hasPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phrase.every((term, k) => tokens[i + k]?.term === term));
}

/**
 * The part of a text around its densest cluster of matched words, cut at word edges and split into
 * marked and unmarked runs, with "…" where text was left out.
 */
export function snippet(text: string, tokens: readonly Token[], isMatch: (term: string) => boolean): Segment[] {
  const hits = tokens.map((t) => isMatch(t.term));
  let from = 0;
  let best = -1;
  for (let i = 0; i <= Math.max(0, tokens.length - SNIPPET_WORDS); i++) {
    const count = hits.slice(i, i + SNIPPET_WORDS).filter(Boolean).length;
    if (count > best) [best, from] = [count, i];
  }
  // Slide right until a few words precede the first match; that only adds words on the right.
  const first = hits.indexOf(true, from);
  if (first >= 0) from = Math.max(from, Math.min(first - 6, tokens.length - SNIPPET_WORDS));
  const to = Math.min(tokens.length, from + SNIPPET_WORDS);
  const start = from > 0 ? tokens[from]!.start : 0;
  const end = to < tokens.length ? tokens[to - 1]!.end : text.length;
  const segments: Segment[] = [];
  const push = (part: string, marked: boolean) => part && segments.push([part, marked]);
  if (start > 0) push('…', false);
  let at = start;
  for (let i = from; i < to; i++) {
    if (!hits[i]) continue;
    push(text.slice(at, tokens[i]!.start), false);
    push(text.slice(tokens[i]!.start, tokens[i]!.end), true);
    at = tokens[i]!.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return segments;
}
