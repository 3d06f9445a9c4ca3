// Finds the words of the vocabulary a query word stands for, fetching only the shards it needs:
// the word itself and the forms that count as it (exact), words with its stem ("migrants" →
// "migrant"), completions while it is being typed, and only when none of those exist, close
// spellings. Fuse.js ranks the words of the word's own shard and of the shard of words that end
// like it (so a typo in the first letters is forgiven); neighbours swapped ("Alzic") and two
// words run together ("fanzone") are candidates too. Fuse.js (its basic build) is imported the
// first time a word needs it.
import type Fuse from 'fuse.js/min-basic';
import { stemmer } from 'stemmer';
import type { Manifest, ReversedShardFile, VocabShardFile } from './format';
import { floorIndex, reversed } from './format';
import type { QueryTerm } from './query';

/** Reads an index file once and keeps what `parse` made of it. */
export type ShardLoader = <F, T>(name: string, parse: (file: F) => T) => Promise<T>;
/** Imports Fuse.js; a benchmark passes its own to see when fuzzy matching was needed. */
export type FuseImporter = () => Promise<{ default: typeof Fuse }>;
const importFuseBasic: FuseImporter = () => import('fuse.js/min-basic');

const PREFIX_VARIANTS = 8;
const STEM_VARIANTS = 8;
const FUZZY_VARIANTS = 4;
const MIN_FUZZY_LENGTH = 4;
const MIN_STEM_LENGTH = 4;
const MIN_SPLIT_PART = 3;
const FUZZY_MARGIN = 0.05;
// Fuse scores a one-letter typo in an eight-letter word 0.125; the short distance keeps a word
// from matching inside a longer one ("order" in "border").
const FUZZY = { includeScore: true, threshold: 0.34, distance: 4, ignoreFieldNorm: true };
/** How much a match counts, by how it was found: the word as typed counts most. */
export const WEIGHT = { exact: 1, stem: 0.85, prefix: 0.8, split: 0.8, fuzzy: 0.9 } as const;

/** How a vocabulary word was found for a query word: `exact` and `prefix` are the word as typed. */
export type Kind = keyof typeof WEIGHT;

interface VocabShard extends VocabShardFile {
  fuse?: Promise<Fuse<string>>;
}
interface ReversedShard {
  t: string[];
  /** The terms spelt backwards, ascending (the order of `t`). */
  back: string[];
  fuse?: Promise<Fuse<string>>;
}
/** One way a query word matched: a term (or, for a split, two terms that must both be there), by term id. */
export interface Variant {
  terms: string[];
  ids: number[];
  /** How much it counts, 0–1 ({@link WEIGHT}, less a fuzzy match's distance). */
  weight: number;
  kind: Kind;
}

/** Index of the first entry of an ascending list that is ≥ value. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every spelling of a word with two neighbouring letters swapped: a typo Fuse scores as two. */
const transpositions = (term: string) =>
  Array.from({ length: term.length - 1 }, (_, i) => term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2)).filter((t) => t !== term);

/** The vocabulary of one index, shard by shard. */
export class Vocabulary {
  constructor(
    private readonly load: ShardLoader,
    private readonly manifest: Pick<Manifest, 'v' | 'r'>,
    private readonly importFuse: FuseImporter = importFuseBasic,
  ) {}

  private vocab(term: string): Promise<VocabShard> {
    const i = floorIndex(this.manifest.v, term);
    return this.load(`v${i}.json`, (file: VocabShardFile): VocabShard => file);
  }

  private reversedShard(term: string): Promise<ReversedShard> {
    const i = floorIndex(this.manifest.r, reversed(term));
    return this.load(`r${i}.json`, (file: ReversedShardFile): ReversedShard => ({ t: file.t, back: file.t.map(reversed) }));
  }

  /** A Fuse index over a shard's terms (for vocabulary shards, the one created at build time). */
  private fuse(shard: VocabShard | ReversedShard): Promise<Fuse<string>> {
    return (shard.fuse ??= this.importFuse().then(({ default: Fuse }) => {
      const index = Fuse.parseIndex<string>({ keys: [], records: shard.t.map((v, i) => ({ v, i, n: 1 })) });
      return new Fuse(shard.t, FUZZY, index);
    }));
  }

  /** The id of a term of the vocabulary, or -1. */
  async idOf(term: string): Promise<number> {
    const { o, t } = await this.vocab(term);
    const at = lowerBound(t, term);
    return t[at] === term ? o + at : -1;
  }

  /** Words of the vocabulary with the same stem as `term` ("migrant" for "migrants"), most frequent first. */
  private stems(term: string, shard: VocabShard): Variant[] {
    if (term.length < MIN_STEM_LENGTH || !/^\p{L}+$/u.test(term)) return [];
    const root = stemmer(term);
    // Stems end where the word's forms part ("famili" for "family"), so look one letter earlier.
    const start = root.slice(0, Math.max(MIN_STEM_LENGTH - 1, root.length - 1));
    const { o, t, d } = shard;
    const same: number[] = [];
    for (let i = lowerBound(t, start); i < t.length && t[i]!.startsWith(start); i++) if (t[i] !== term && stemmer(t[i]!) === root) same.push(i);
    return same
      .sort((a, b) => d[b]! - d[a]!)
      .slice(0, STEM_VARIANTS)
      .map((i) => ({ terms: [t[i]!], ids: [o + i], weight: WEIGHT.stem, kind: 'stem' }));
  }

  /** Close spellings of a word not in the vocabulary, ranked by Fuse.js, each with a score (0 best). */
  private async nearSpellings(term: string): Promise<{ term: string; score: number }[]> {
    const [front, back] = await Promise.all([this.vocab(term), this.reversedShard(term)]);
    const found = new Map<string, number>();
    const note = (candidate: string, score: number) => found.set(candidate, Math.min(score, found.get(candidate) ?? 1));
    for (const fuse of await Promise.all([this.fuse(front), this.fuse(back)])) {
      for (const { item, score = 1 } of fuse.search(term, { limit: FUZZY_VARIANTS })) note(item, score);
    }
    // Bitap counts a swap of neighbours as two typos; it is one, scored as one letter wrong.
    for (const swapped of transpositions(term)) {
      if (front.t[lowerBound(front.t, swapped)] === swapped || back.back[lowerBound(back.back, reversed(swapped))] === reversed(swapped)) {
        note(swapped, 1 / term.length);
      }
    }
    const ranked = [...found].map(([candidate, score]) => ({ term: candidate, score })).sort((a, b) => a.score - b.score);
    // Only the closest spellings: a rare word two typos away must not outrank the intended one.
    return ranked.filter((c) => c.score <= ranked[0]!.score + FUZZY_MARGIN).slice(0, FUZZY_VARIANTS);
  }

  /** Two words of the vocabulary run together ("fanzone" for "fan zone"), as one variant that needs both. */
  private async split(term: string): Promise<Variant[]> {
    if (!/^\p{L}+$/u.test(term)) return [];
    for (let at = MIN_SPLIT_PART; at <= term.length - MIN_SPLIT_PART; at++) {
      const first = await this.idOf(term.slice(0, at));
      if (first < 0) continue;
      const second = await this.idOf(term.slice(at));
      if (second >= 0) return [{ terms: [term.slice(0, at), term.slice(at)], ids: [first, second], weight: WEIGHT.split, kind: 'split' }];
    }
    return [];
  }

  /** Every way a query word matches the vocabulary; empty when it matches nothing. */
  async variants({ term, forms, typed, prefix, phrase, exact }: QueryTerm): Promise<Variant[]> {
    const found: Variant[] = [];
    const seen = new Set<string>();
    const add = (variant: Variant) => {
      const key = variant.terms.join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      found.push(variant);
    };
    for (const form of exact ? [term] : forms) {
      const id = await this.idOf(form);
      if (id >= 0) add({ terms: [form], ids: [id], weight: WEIGHT.exact, kind: 'exact' });
    }
    if (exact) return found;
    const shard = await this.vocab(term);
    for (const variant of this.stems(term, shard)) add(variant);
    if (prefix && typed.length > 1) {
      const { o, t, d } = await this.vocab(typed);
      const completions: number[] = [];
      for (let i = lowerBound(t, typed); i < t.length && t[i]!.startsWith(typed); i++) if (t[i] !== typed) completions.push(i);
      completions.sort((a, b) => d[b]! - d[a]!);
      for (const i of completions.slice(0, PREFIX_VARIANTS)) add({ terms: [t[i]!], ids: [o + i], weight: WEIGHT.prefix, kind: 'prefix' });
    }
    if (found.length || phrase >= 0 || term.length < MIN_FUZZY_LENGTH) return found;
    for (const near of await this.nearSpellings(term)) {
      const id = await this.idOf(near.term);
      if (id >= 0) add({ terms: [near.term], ids: [id], weight: WEIGHT.fuzzy * (1 - near.score), kind: 'fuzzy' });
    }
    for (const variant of await this.split(term)) add(variant);
    return found;
  }
}
