// Answers queries from the static index, in the browser or in Node. Each word of a query becomes
// the vocabulary words it stands for (vocabulary.ts: exact forms, stems, completions, close
// spellings); postings of every word are intersected (AND); documents are scored by how rare and
// how exact their matches are, and only the groups of the shown results are fetched. The
// transliteration table is fetched only when the query or a shown text has a character outside
// ASCII. When no result has every word as typed, the results say which words were searched.
import type { FactGroupFile, FactRow, FoldFile, Manifest, ParagraphGroupFile, PostingsShardFile } from './format';
import { decodePostings, floorIndex } from './format';
import { needsFoldTable, tokenize, type Lexicon } from './normalize';
import { MAX_QUERY_CHARS, parseQuery } from './query';
import { hasPhrase, marked, snippet, type Segment } from './snippet';
import { Vocabulary, type FuseImporter, type Variant } from './vocabulary';

export type { FuseImporter } from './vocabulary';

/** Reads one index file by name (e.g. `manifest.json`) and returns its parsed JSON. */
export type IndexReader = (name: string) => Promise<unknown>;

/** A paragraph that matches, with its matched words marked in a snippet. */
export interface ParagraphHit {
  href: string;
  story: string;
  outlet: string;
  headline: string;
  snippet: Segment[];
}

/** A fact that matches: "Figure · migrants · Fox News over 8,000 ≠ UPI about 6,000 · conflict". */
export interface FactHit {
  href: string;
  story: string;
  kind: string;
  label: Segment[];
  detail: Segment[];
  reach: string;
}

/** What a query found: the best facts and paragraphs, and how many documents match in all. */
export interface SearchResults {
  facts: FactHit[];
  paragraphs: ParagraphHit[];
  total: number;
  /** False when `total` is a lower bound (phrases are checked for the shown results only). */
  exact: boolean;
  /**
   * Set when no result has every word of the query as typed, so the results come from other
   * spellings or forms: `words` are those searched instead ("mayorkas"), `query` searches the
   * exact words only ('"mayorcas"').
   */
  instead?: { words: string; query: string };
}

/** Facts listed above the paragraphs. */
export const MAX_FACTS = 3;
interface PostingsShard {
  o: number;
  lists: Uint32Array[];
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

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.filter((id) => contains(large, id));
}

/** One variant of a query word with its documents and what a document gains by it (weight × rarity). */
interface Scored {
  variant: Variant;
  list: Uint32Array;
  score: number;
}

/**
 * The documents that match every word, best first. Intersects from the word with the fewest
 * documents; each document keeps, per word, the score of its best variant.
 */
function rank(weighted: Scored[][]): number[] {
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
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
}

const asTyped = (kind: Variant['kind']) => kind === 'exact' || kind === 'prefix';

/**
 * "Showing results for …": when no matching document has every word as typed, the words the best
 * document matched instead ("mayorkas" for "mayorcas"); otherwise undefined.
 */
function searchedInstead(weighted: Scored[][], ranked: readonly number[]): string | undefined {
  const top = ranked[0];
  if (top === undefined) return undefined;
  if (ranked.some((doc) => weighted.every((variants) => variants.some((v) => asTyped(v.variant.kind) && contains(v.list, doc))))) return undefined;
  return weighted
    .map((variants) => variants.filter((v) => contains(v.list, top)).sort((a, b) => b.score - a.score)[0]?.variant.terms.join(' ') ?? '')
    .join(' ');
}

/** A search over one static index; files are fetched on first need and kept. */
export class SearchEngine {
  private readonly files = new Map<string, Promise<unknown>>();
  /** First doc id of each group. */
  private readonly starts: number[] = [];
  private readonly lexicon: Lexicon;
  private readonly vocabulary: Vocabulary;

  constructor(
    private readonly read: IndexReader,
    private readonly manifest: Manifest,
    importFuse?: FuseImporter,
  ) {
    this.vocabulary = new Vocabulary((name, parse) => this.load(name, parse), manifest, importFuse);
    let start = 0;
    for (const size of manifest.g) {
      this.starts.push(start);
      start += Math.abs(size);
    }
    this.lexicon = { fold: {}, symbols: manifest.y };
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

  /** The lexicon to cut `texts` with: the transliteration table is fetched once any of them needs it. */
  private async lexiconFor(texts: readonly string[]): Promise<Lexicon> {
    if (texts.some(needsFoldTable)) Object.assign(this.lexicon.fold, await this.load('fold.json', (file: FoldFile) => file));
    return this.lexicon;
  }

  private async postings(id: number): Promise<Uint32Array> {
    const shard = await this.load(`p${floorIndex(this.manifest.p, id)}.json`, (file: PostingsShardFile): PostingsShard => ({
      o: file.o,
      lists: file.p.map(decodePostings),
    }));
    return shard.lists[id - shard.o]!;
  }

  /** The documents of a variant: its term's postings, or those of both parts of a split. */
  private async documents(variant: Variant): Promise<Uint32Array> {
    const lists = await Promise.all(variant.ids.map((id) => this.postings(id)));
    return lists.reduce(intersect);
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
    const query = parseQuery(input, await this.lexiconFor([input.slice(0, MAX_QUERY_CHARS)]));
    const matched = await Promise.all(query.terms.map((term) => this.vocabulary.variants(term)));
    if (!matched.length || matched.some((variants) => !variants.length)) return NO_RESULTS;
    const lists = await Promise.all(matched.map((variants) => Promise.all(variants.map((v) => this.documents(v)))));

    const { n } = this.manifest;
    const weighted = matched.map((variants, i) =>
      variants.map((v, k) => ({ variant: v, list: lists[i]![k]!, score: v.weight * Math.log(1 + n / Math.max(1, lists[i]![k]!.length)) })),
    );
    const ranked = rank(weighted);

    const marks = new Set(matched.flat().flatMap((v) => v.terms));
    const isMatch = (term: string) => marks.has(term);
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
      type Row = { file: FactGroupFile; fact: FactRow } | { file: ParagraphGroupFile; text: string; anchor: string };
      const rows = batch.map(([, local], k): Row => {
        const file = files[k]!;
        return 'f' in file ? { file, fact: file.f[local]! } : { file, text: file.x[local]!, anchor: file.a[local]! };
      });
      const lexicon = await this.lexiconFor(rows.map((row) => ('fact' in row ? `${row.fact[1]} ${row.fact[2]}` : row.text)));
      const fits = (tokens: ReturnType<typeof tokenize>) => query.phrases.every((phrase) => hasPhrase(tokens, phrase));
      for (const row of rows) {
        if ('fact' in row) {
          const [kind, label, detail, reach, href] = row.fact;
          const [labelTokens, detailTokens] = [tokenize(label, lexicon), tokenize(detail, lexicon)];
          if (results.facts.length < MAX_FACTS && fits(tokenize(`${label} ${detail}`, lexicon))) {
            results.facts.push({ href, story: row.file.s, kind, label: marked(label, labelTokens, isMatch), detail: marked(detail, detailTokens, isMatch), reach });
          }
        } else {
          const { file } = row;
          const tokens = tokenize(row.text, lexicon);
          if (results.paragraphs.length < limit && fits(tokens)) {
            results.paragraphs.push({ href: `${file.u}#${row.anchor}`, story: file.s, outlet: file.o, headline: file.h, snippet: snippet(row.text, tokens, isMatch) });
          }
        }
      }
    }
    if (!results.exact) results.total = results.facts.length + results.paragraphs.length;
    results.exact ||= candidates.length === ranked.length && next >= candidates.length;

    const instead = searchedInstead(weighted, ranked);
    if (instead) results.instead = { words: instead, query: query.terms.map((t) => `"${t.term}"`).join(' ') };
    return results;
  }
}
