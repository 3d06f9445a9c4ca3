import type { Token } from './normalize';

/** A run of text, marked when it is a matched word. */
export type Segment = [text: string, marked: boolean];

/** Words of context a snippet shows. */
export const SNIPPET_WORDS = 32;

/** The terms standing at each word position: the word as written and the forms of runs that start there. */
function termsByPosition(tokens: readonly Token[]): Set<string>[] {
  const byPos: Set<string>[] = [];
  for (const token of tokens) (byPos[token.pos] ??= new Set()).add(token.term);
  return byPos;
}

/** True when the words of `phrase` (each given as the forms that may stand in its place) stand together, in order, among `tokens`. */
export function hasPhrase(tokens: readonly Token[], phrase: readonly (readonly string[])[]): boolean {
  const byPos = termsByPosition(tokens);
  return byPos.some((_, i) => phrase.every((forms, k) => forms.some((form) => byPos[i + k]?.has(form))));
}

/** Matched stretches of text, [start, end) ascending and merged where they touch or overlap. */
function matchedSpans(tokens: readonly Token[], isMatch: (term: string) => boolean): [number, number][] {
  const spans = tokens
    .filter((t) => isMatch(t.term))
    .map((t): [number, number] => [t.start, t.end])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Splits text[start, end) into marked and unmarked runs. */
function segmentsOf(text: string, start: number, end: number, spans: readonly [number, number][]): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, marked: boolean) => part && segments.push([part, marked]);
  let at = start;
  for (const [from, to] of spans) {
    if (to <= start || from >= end) continue;
    push(text.slice(at, Math.max(at, from)), false);
    push(text.slice(Math.max(at, from), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push(text.slice(at, end), false);
  return segments;
}

/** The whole text, split into marked and unmarked runs (for short texts: fact labels and details). */
export function marked(text: string, tokens: readonly Token[], isMatch: (term: string) => boolean): Segment[] {
  return segmentsOf(text, 0, text.length, matchedSpans(tokens, isMatch));
}

/**
 * The part of a text around its densest cluster of matched words, cut at word edges and split into
 * marked and unmarked runs, with "…" where text was left out. A matched form of a run of words
 * ("cease-fire", "eight thousand") is marked over the whole run.
 */
export function snippet(text: string, tokens: readonly Token[], isMatch: (term: string) => boolean): Segment[] {
  const spans = matchedSpans(tokens, isMatch);
  // One word per position: the word as written comes first at its position.
  const words = tokens.filter((t, i) => i === 0 || tokens[i - 1]!.pos !== t.pos);
  const hits = words.map((w) => spans.some(([from, to]) => w.start < to && from < w.end));
  let from = 0;
  let best = -1;
  for (let i = 0; i <= Math.max(0, words.length - SNIPPET_WORDS); i++) {
    const count = hits.slice(i, i + SNIPPET_WORDS).filter(Boolean).length;
    if (count > best) [best, from] = [count, i];
  }
  // Slide right until a few words precede the first match; that only adds words on the right.
  const first = hits.indexOf(true, from);
  if (first >= 0) from = Math.max(from, Math.min(first - 6, words.length - SNIPPET_WORDS));
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const start = from > 0 ? words[from]!.start : 0;
  const end = to < words.length ? words[to - 1]!.end : text.length;
  const segments = segmentsOf(text, start, end, spans);
  if (start > 0) segments.unshift(['…', false]);
  if (end < text.length) segments.push(['…', false]);
  return segments;
}
