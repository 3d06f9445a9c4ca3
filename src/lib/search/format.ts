// The static index files, shared by the build that writes them and the engine that reads them.
// Files are plain JSON; all live in one folder named after a hash of their content.

/** `manifest.json`: what to fetch for a term or a document. */
export interface Manifest {
  /** Number of documents. */
  n: number;
  /** Documents per group file `d<i>.json`, in document order; negative for a story's fact group. */
  g: number[];
  /** Lowest key of each vocabulary shard `v<i>.json` (see {@link shardKeys}), ascending. */
  v: string[];
  /** Lowest key of each reversed-vocabulary shard `r<i>.json`, over terms spelt backwards, ascending. */
  r: string[];
  /** First term id of each postings shard `p<i>.json`, ascending. */
  p: number[];
  /** Symbols that are words ("%" → "percent"), as the build cut them. */
  y: Record<string, string>;
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

/**
 * `r<i>.json`: a run of the vocabulary sorted by the terms spelt backwards, so that a word whose
 * first letters are mistyped still lands next to the words it ends like.
 */
export interface ReversedShardFile {
  /** Terms (spelt forwards), in order of their backward spelling. */
  t: string[];
}

/** `fold.json`: any-ascii's transliteration of every Latin letter and of every other character of the text. */
export type FoldFile = Record<string, string>;

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

/** A term spelt backwards (by UTF-16 unit: terms are folded to ASCII letters and digits almost always). */
export const reversed = (term: string) => term.split('').reverse().join('');

/**
 * Cuts sorted keys into shards of at most `cap` keys, each holding every key that shares its
 * first letters: two letters where that fits, more where a two-letter group alone is larger.
 * Returns the index where each shard starts and its lowest key prefix; a word belongs to the
 * shard `floorIndex(prefixes, word)`, together with every key that starts like it.
 */
export function shardKeys(sorted: readonly string[], cap: number): { starts: number[]; prefixes: string[] } {
  const units: { start: number; prefix: string }[] = [];
  const split = (from: number, to: number, length: number) => {
    for (let i = from; i < to; ) {
      const prefix = sorted[i]!.slice(0, length);
      let j = i + 1;
      // A key shorter than the prefix length is a group of its own, so the splitting ends.
      if (sorted[i]!.length >= length) while (j < to && sorted[j]!.startsWith(prefix)) j++;
      if (j - i > cap) split(i, j, length + 1);
      else units.push({ start: i, prefix });
      i = j;
    }
  };
  split(0, sorted.length, 2);
  const starts: number[] = [];
  const prefixes: string[] = [];
  for (const [k, unit] of units.entries()) {
    const next = units[k + 1]?.start ?? sorted.length;
    if (!starts.length || next - starts.at(-1)! > cap) {
      starts.push(unit.start);
      prefixes.push(unit.prefix);
    }
  }
  return { starts, prefixes };
}

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
