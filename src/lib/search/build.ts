// Writes the static search index (see format.ts): the vocabulary sharded twice, by how terms
// begin (`v<i>`, whose Fuse records give exact, stemmed and completed words) and by how they end
// (`r<i>`, so a typo in the first letters still meets its word), postings sharded by term id, the
// transliteration table, and documents grouped by article and story, so a query fetches only the
// shards its words fall in and the groups of the results it shows.
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js/min-basic';
import { FACT_LABELS, searchableText, type SearchDoc } from './documents';
import type { FactGroupFile, FactRow, FoldFile, Manifest, ParagraphGroupFile, PostingsShardFile, ReversedShardFile, VocabShardFile } from './format';
import { encodePostings, reversed, shardKeys } from './format';
import { tokenize, type Lexicon, type Token } from './normalize';
import { foldTable, symbolWords } from './transliterate';

/**
 * Most terms per vocabulary shard. A typo makes the engine fetch and scan two shards with Fuse
 * (about 2 µs a term); 800 fetched the fewest bytes per mistyped word of 800, 1,000 and 1,500
 * (`npm run bench:search`, "Index designs"), at the cost of more, smaller files.
 */
export const VOCAB_SHARD_TERMS = 800;
/** Postings shards close once their encoded lists pass this many characters. */
export const POSTINGS_SHARD_CHARS = 12_000;

/** The index files by name, and the hash of their content that names their folder. */
export interface SearchIndex {
  hash: string;
  files: Map<string, string>;
}

function groupFiles(docs: SearchDoc[]): { sizes: number[]; files: string[] } {
  const sizes: number[] = [];
  const files: string[] = [];
  let i = 0;
  while (i < docs.length) {
    const first = docs[i]!;
    let j = i + 1;
    const same = (d: SearchDoc) =>
      d.story === first.story && (first.kind === 'paragraph' ? d.kind === 'paragraph' && d.article === first.article : d.kind !== 'paragraph');
    while (j < docs.length && same(docs[j]!)) j++;
    const group = docs.slice(i, j);
    if (first.kind === 'paragraph') {
      const paragraphs = group as Extract<SearchDoc, { kind: 'paragraph' }>[];
      const file: ParagraphGroupFile = {
        s: first.storyTitle,
        u: first.href.slice(0, first.href.indexOf('#')),
        o: first.outlet,
        h: first.headline,
        a: paragraphs.map((p) => p.anchor),
        x: paragraphs.map((p) => p.text),
      };
      sizes.push(group.length);
      files.push(JSON.stringify(file));
    } else {
      const facts = group as Extract<SearchDoc, { kind: 'person' | 'figure' | 'date' }>[];
      const rows = facts.map((f): FactRow => [FACT_LABELS[f.kind], f.label, f.detail, f.reach, f.href]);
      const file: FactGroupFile = { s: first.storyTitle, f: rows };
      sizes.push(-group.length);
      files.push(JSON.stringify(file));
    }
    i = j;
  }
  return { sizes, files };
}

/** The Fuse index of a vocabulary shard, reduced to its terms; throws if Fuse stored anything the terms do not imply. */
export function packVocabIndex(vocabulary: string[]): string[] {
  const { keys, records } = Fuse.createIndex([], vocabulary).toJSON();
  records.forEach((r, i) => {
    if (r.i !== i || r.v !== vocabulary[i] || r.n !== 1 || keys.length) throw new Error(`Unexpected Fuse index record for "${vocabulary[i]}"`);
  });
  return vocabulary;
}

/**
 * Closed forms of two words written apart that the vocabulary also has closed ("per cent" where
 * "percent" is written elsewhere, "road map" beside "roadmap"): compounds from the text itself.
 */
function spacedCompounds(text: string, tokens: Token[], vocabulary: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let previous: Token | undefined;
  for (const token of tokens) {
    if (previous && token.pos === previous.pos) continue;
    if (previous && /^\p{L}{2,}$/u.test(previous.term) && /^\p{L}{2,}$/u.test(token.term) && /^\s+$/.test(text.slice(previous.end, token.start))) {
      const closed = previous.term + token.term;
      if (vocabulary.has(closed)) found.push(closed);
    }
    previous = token;
  }
  return found;
}

/** The lexicon the index is cut with: transliterations for the documents' characters, and symbol words. */
export function searchLexicon(docs: readonly SearchDoc[]): Lexicon {
  return { fold: foldTable(docs.map(searchableText)), symbols: symbolWords() };
}

/** Builds every index file for the documents, in document order. */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const lexicon = searchLexicon(docs);
  const postings = new Map<string, number[]>();
  const post = (term: string, id: number) => {
    const list = postings.get(term);
    if (!list) postings.set(term, [id]);
    else if (list.at(-1) !== id) list.push(id);
  };
  docs.forEach((doc, id) => {
    for (const { term } of tokenize(searchableText(doc), lexicon)) post(term, id);
  });
  // Second pass, now that the vocabulary is known: compounds written apart.
  const known = new Set(postings.keys());
  const extra = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    const text = searchableText(doc);
    for (const closed of spacedCompounds(text, tokenize(text, lexicon), known)) {
      const list = extra.get(closed);
      if (!list) extra.set(closed, [id]);
      else if (list.at(-1) !== id) list.push(id);
    }
  });
  for (const [term, ids] of extra) postings.set(term, [...new Set([...postings.get(term)!, ...ids])].sort((a, b) => a - b));
  const vocabulary = [...postings.keys()].sort();
  const files = new Map<string, string>();

  const vocabShards = shardKeys(vocabulary, VOCAB_SHARD_TERMS);
  vocabShards.starts.forEach((start, i) => {
    const shard = vocabulary.slice(start, vocabShards.starts[i + 1] ?? vocabulary.length);
    const file: VocabShardFile = { o: start, t: packVocabIndex(shard), d: shard.map((t) => postings.get(t)!.length) };
    files.set(`v${i}.json`, JSON.stringify(file));
  });
  const backwards = vocabulary.map(reversed).sort();
  const reversedShards = shardKeys(backwards, VOCAB_SHARD_TERMS);
  reversedShards.starts.forEach((start, i) => {
    const file: ReversedShardFile = { t: backwards.slice(start, reversedShards.starts[i + 1] ?? backwards.length).map(reversed) };
    files.set(`r${i}.json`, JSON.stringify(file));
  });

  const postingsShards: number[] = [];
  let lists: string[] = [];
  let chars = 0;
  const closeShard = (end: number) => {
    const file: PostingsShardFile = { o: end - lists.length, p: lists };
    files.set(`p${postingsShards.length}.json`, JSON.stringify(file));
    postingsShards.push(file.o);
    lists = [];
    chars = 0;
  };
  vocabulary.forEach((term, id) => {
    const list = encodePostings(postings.get(term)!);
    lists.push(list);
    chars += list.length;
    if (chars >= POSTINGS_SHARD_CHARS) closeShard(id + 1);
  });
  if (lists.length) closeShard(vocabulary.length);

  const groups = groupFiles(docs);
  groups.files.forEach((file, i) => files.set(`d${i}.json`, file));
  const fold: FoldFile = { ...lexicon.fold };
  files.set('fold.json', JSON.stringify(fold));
  const manifest: Manifest = { n: docs.length, g: groups.sizes, v: vocabShards.prefixes, r: reversedShards.prefixes, p: postingsShards, y: lexicon.symbols };
  files.set('manifest.json', JSON.stringify(manifest));

  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name)}\0`);
  return { hash: hash.digest('hex').slice(0, 12), files };
}
