// Answers queries from the static index, in the browser or in Node. A query fetches the vocabulary
// shard of each word's two-letter key, finds the word there exactly, as a prefix while it is being
// typed, or fuzzily with Fuse.js; intersects the postings of every word (AND), scores documents by
// how rare and how exact their matches are, and fetches only the groups of the results it shows.
// Fuse.js (its basic build, fuzzy matching only) is imported the first time a word needs it, so
// searches without typos never download it.
import type Fuse from 'fuse.js/min-basic';
import type { FactGroupFile, Manifest, ParagraphGroupFile, PostingsShardFile, VocabShardFile } from './format';
import { decodePostings, floorIndex, vocabKey } from './format';
import { tokenize } from './normalize';
import { parseQuery, type QueryTerm } from './query';
import { hasPhrase, snippet, type Segment } from './snippet';

/** Reads one index file by name (e.g. `manifest.json`) and returns its parsed JSON. */
export type IndexReader = (name: string) => Promise<unknown>;
/** Imports Fuse.js; a benchmark passes its own to see when fuzzy matching was needed. */
export type FuseImporter = () => Promise<{ default: typeof Fuse }>;
const importFuseBasic: FuseImporter = () => import('fuse.js/min-basic');

/** A paragraph that matches, with its matched words marked in a snippet. */
export interface ParagraphHit {
  href: string;
  story: string;
  outlet: string;
  headline: string;
  snippet: Segment[];
}

/** A fact that matches: "Person · Ana Ruiz · named by 2 outlets". */
export interface FactHit {
  href: string;
  story: string;
  kind: string;
  label: Segment[];
  detail: string;
  reach: string;
}

/** What a query found: the best facts and paragraphs, and how many documents match in all. */
export interface SearchResults {
  facts: FactHit[];
  paragraphs: ParagraphHit[];
  total: number;
  /** False when `total` is a lower bound (phrases are checked for the shown results only). */
  exact: boolean;
}

/** Facts listed above the paragraphs. */
export const MAX_FACTS = 3;
const PREFIX_VARIANTS = 8;
const FUZZY_VARIANTS = 4;
const MIN_FUZZY_LENGTH = 4;
const FUZZY_MARGIN = 0.05;
// Fuse scores a one-letter typo in an eight-letter word 0.125; the short distance keeps a word
// from matching inside a longer one ("order" in "border").
const FUZZY = { includeScore: true, threshold: 0.34, distance: 4, ignoreFieldNorm: true };

interface VocabShard extends VocabShardFile {
  fuse?: Promise<Fuse<string>>;
}
interface PostingsShard {
  o: number;
  lists: Uint32Array[];
}
interface Variant {
  id: number;
  term: string;
  weight: number;
}
type GroupFile = ParagraphGroupFile | FactGroupFile;

const NO_RESULTS: SearchResults = { facts: [], paragraphs: [], total: 0, exact: true };

function contains(list: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === id) return true;
    if (list[mid]! < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A search over one static index; files are fetched on first need and kept. */
export class SearchEngine {
  private readonly files = new Map<string, Promise<unknown>>();
  /** First doc id of each group. */
  private readonly starts: number[] = [];

  constructor(
    private readonly read: IndexReader,
    private readonly manifest: Manifest,
    private readonly importFuse = importFuseBasic,
  ) {
    let start = 0;
    for (const size of manifest.g) {
      this.starts.push(start);
      start += Math.abs(size);
    }
  }

  /** Opens an index by reading its manifest. */
  static async open(read: IndexReader, fuse?: FuseImporter): Promise<SearchEngine> {
    return new SearchEngine(read, (await read('manifest.json')) as Manifest, fuse);
  }

  private load<F, T>(name: string, parse: (file: F) => T): Promise<T> {
    let file = this.files.get(name);
    if (!file) {
      file = this.read(name).then((raw) => parse(raw as F));
      // A failed fetch may succeed on the next keystroke.
      file.catch(() => this.files.delete(name));
      this.files.set(name, file);
    }
    return file as Promise<T>;
  }

  private vocab(i: number): Promise<VocabShard> {
    return this.load(`v${i}.json`, (file: VocabShardFile): VocabShard => file);
  }

  /** The shard's Fuse index, created at build time (its records are the shard's terms). */
  private fuse(shard: VocabShard): Promise<Fuse<string>> {
    return (shard.fuse ??= this.importFuse().then(({ default: Fuse }) => {
      const index = Fuse.parseIndex<string>({ keys: [], records: shard.t.map((v, i) => ({ v, i, n: 1 })) });
      return new Fuse(shard.t, FUZZY, index);
    }));
  }

  private async postings(id: number): Promise<Uint32Array> {
    const shard = await this.load(`p${floorIndex(this.manifest.p, id)}.json`, (file: PostingsShardFile): PostingsShard => ({
      o: file.o,
      lists: file.p.map(decodePostings),
    }));
    return shard.lists[id - shard.o]!;
  }

  private async variants({ term, prefix, phrase }: QueryTerm): Promise<Variant[]> {
    const keys = this.manifest.v;
    const key = vocabKey(term);
    const shardIndex = floorIndex(keys, key);
    if (!keys.length || keys[shardIndex]! > key) return [];
    const shard = await this.vocab(shardIndex);
    const { o, t, d } = shard;
    let at = floorIndex(t, term);
    if (t[at]! < term) at++;
    const found: Variant[] = t[at] === term ? [{ id: o + at, term, weight: 1 }] : [];
    if (prefix && term.length > 1) {
      const completions: number[] = [];
      for (let i = at + found.length; i < t.length && t[i]!.startsWith(term); i++) completions.push(i);
      completions.sort((a, b) => d[b]! - d[a]!);
      for (const i of completions.slice(0, PREFIX_VARIANTS)) found.push({ id: o + i, term: t[i]!, weight: 0.8 });
    }
    if (!found.length && phrase < 0 && term.length >= MIN_FUZZY_LENGTH) {
      const near = (await this.fuse(shard)).search(term, { limit: FUZZY_VARIANTS });
      // Only the closest spellings: a rare word two typos away must not outrank the intended one.
      for (const { refIndex, item, score = 1 } of near) {
        if (score <= near[0]!.score! + FUZZY_MARGIN) found.push({ id: o + refIndex, term: item, weight: 0.9 * (1 - score) });
      }
    }
    return found;
  }

  private group(doc: number): [Promise<GroupFile>, number] {
    const i = floorIndex(this.starts, doc);
    return [this.load(`d${i}.json`, (file: GroupFile) => file), doc - this.starts[i]!];
  }

  private isFact(doc: number): boolean {
    return this.manifest.g[floorIndex(this.starts, doc)]! < 0;
  }

  /** Runs a query; never throws on odd input, and answers "nothing" when nothing matches. */
  async search(input: string, limit = 10): Promise<SearchResults> {
    const query = parseQuery(input);
    const matched = await Promise.all(query.terms.map((term) => this.variants(term)));
    if (!matched.length || matched.some((variants) => !variants.length)) return NO_RESULTS;
    const lists = await Promise.all(matched.map((variants) => Promise.all(variants.map((v) => this.postings(v.id)))));

    // Intersect from the word with the fewest documents; each document keeps, per word, the
    // weight of its best variant times that variant's rarity.
    const { n } = this.manifest;
    const weighted = matched.map((variants, i) =>
      variants.map((v, k) => ({ list: lists[i]![k]!, score: v.weight * Math.log(1 + n / lists[i]![k]!.length) })),
    );
    const size = (i: number) => weighted[i]!.reduce((sum, v) => sum + v.list.length, 0);
    const [first, ...rest] = weighted.map((_, i) => i).sort((a, b) => size(a) - size(b));
    let scores = new Map<number, number>();
    for (const { list, score } of weighted[first!]!) for (const doc of list) scores.set(doc, Math.max(scores.get(doc) ?? 0, score));
    for (const i of rest) {
      const next = new Map<number, number>();
      for (const [doc, total] of scores) {
        let best = 0;
        for (const { list, score } of weighted[i]!) if (score > best && contains(list, doc)) best = score;
        if (best) next.set(doc, total + best);
      }
      scores = next;
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);

    const marks = new Set(matched.flat().map((v) => v.term));
    const isMatch = (term: string) => marks.has(term);
    const fits = (text: string) => query.phrases.every((phrase) => hasPhrase(tokenize(text), phrase));
    const results: SearchResults = { facts: [], paragraphs: [], total: ranked.length, exact: !query.phrases.length };
    // Phrases are checked on the text, so only a bounded run of candidates is read for them.
    const candidates = ranked.slice(0, query.phrases.length ? limit * 5 : ranked.length);
    let next = 0;
    while (next < candidates.length && (results.facts.length < MAX_FACTS || results.paragraphs.length < limit)) {
      const batch = candidates
        .slice(next, (next += limit))
        .filter((doc) => (this.isFact(doc) ? results.facts.length < MAX_FACTS : results.paragraphs.length < limit))
        .map((doc) => this.group(doc));
      const files = await Promise.all(batch.map(([file]) => file));
      batch.forEach(([, local], k) => {
        const file = files[k]!;
        if ('f' in file) {
          const [kind, label, detail, reach, href] = file.f[local]!;
          if (results.facts.length < MAX_FACTS && fits(`${label} ${detail}`)) {
            results.facts.push({ href, story: file.s, kind, label: snippet(label, tokenize(label), isMatch), detail, reach });
          }
        } else {
          const text = file.x[local]!;
          if (results.paragraphs.length < limit && fits(text)) {
            results.paragraphs.push({
              href: `${file.u}#${file.a[local]}`,
              story: file.s,
              outlet: file.o,
              headline: file.h,
              snippet: snippet(text, tokenize(text), isMatch),
            });
          }
        }
      });
    }
    if (!results.exact) results.total = results.facts.length + results.paragraphs.length;
    results.exact ||= candidates.length === ranked.length && next >= candidates.length;
    return results;
  }
}
