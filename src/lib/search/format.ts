// The static index files, shared by the build that writes them and the engine that reads them.
// Files are plain JSON; all live in one folder named after a hash of their content.

/** `manifest.json`: what to fetch for a term or a document. */
export interface Manifest {
  /** Number of documents. */
  n: number;
  /** Documents per group file `d<i>.json`, in document order; negative for a story's fact group. */
  g: number[];
  /** First two-letter key of each vocabulary shard `v<i>.json`, ascending. */
  v: string[];
  /** First term id of each postings shard `p<i>.json`, ascending. */
  p: number[];
}

/** `v<i>.json`: a run of the sorted vocabulary; its terms are the records of a Fuse string index. */
export interface VocabShardFile {
  /** Term id of the first term. */
  o: number;
  /** Terms, ascending. */
  t: string[];
  /** Document frequency of each term. */
  d: number[];
}

/** `p<i>.json`: postings of a run of term ids, each a sorted doc id list as base-36 deltas joined by commas. */
export interface PostingsShardFile {
  o: number;
  p: string[];
}

/** `d<i>.json` for an article: its paragraphs. */
export interface ParagraphGroupFile {
  /** Story title, story page URL, outlet, headline. */
  s: string;
  u: string;
  o: string;
  h: string;
  /** Paragraph anchors and texts, in document order. */
  a: string[];
  x: string[];
}

/** One fact as listed: kind word, label, detail, "named by 2 outlets", link. */
export type FactRow = [kind: string, label: string, detail: string, reach: string, href: string];

/** `d<i>.json` for a story's facts. */
export interface FactGroupFile {
  s: string;
  f: FactRow[];
}

/** The two-letter key that picks a term's vocabulary shard; a typo must leave it intact to be forgiven. */
export const vocabKey = (term: string) => term.slice(0, 2);

/** Encodes a sorted list of doc ids. */
export function encodePostings(ids: readonly number[]): string {
  return ids.map((id, i) => (id - (i ? ids[i - 1]! : 0)).toString(36)).join(',');
}

/** Decodes {@link encodePostings}. */
export function decodePostings(text: string): Uint32Array {
  const parts = text.split(',');
  const ids = new Uint32Array(parts.length);
  let id = 0;
  parts.forEach((part, i) => (ids[i] = id += parseInt(part, 36)));
  return ids;
}

/** Index of the last entry of an ascending list that is ≤ value (0 when none is). */
export function floorIndex<T>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
