// Writes the static search index (see format.ts): a vocabulary sharded by two-letter key for
// fuzzy term lookup, postings sharded by term id, and documents grouped by article and story so a
// query fetches only the shards its words fall in and the groups of the results it shows.
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js/min-basic';
import { FACT_LABELS, searchableText, type SearchDoc } from './documents';
import type { FactGroupFile, FactRow, Manifest, ParagraphGroupFile, PostingsShardFile, VocabShardFile } from './format';
import { encodePostings, vocabKey } from './format';
import { terms } from './normalize';

/** Most terms per vocabulary shard (Fuse scans a whole shard per fuzzy word: about 2 µs a term). */
export const VOCAB_SHARD_TERMS = 1500;
/** Postings shards close once their encoded lists pass this many characters. */
export const POSTINGS_SHARD_CHARS = 12_000;

/** The index files by name, and the hash of their content that names their folder. */
export interface SearchIndex {
  hash: string;
  files: Map<string, string>;
}

const REACH_VERB = { person: 'named', figure: 'reported', date: 'mentioned' } as const;

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
      const rows = facts.map((f): FactRow => {
        const n = f.outlets.length;
        return [FACT_LABELS[f.kind], f.label, f.detail, `${REACH_VERB[f.kind]} by ${n} outlet${n === 1 ? '' : 's'}`, f.href];
      });
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

/** Builds every index file for the documents, in document order. */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const postings = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    for (const term of new Set(terms(searchableText(doc)))) {
      const list = postings.get(term);
      if (list) list.push(id);
      else postings.set(term, [id]);
    }
  });
  const vocabulary = [...postings.keys()].sort();
  const files = new Map<string, string>();

  const vocabShards: string[] = [];
  for (let start = 0; start < vocabulary.length; ) {
    let end = start;
    // Whole two-letter keys only, so a term's shard holds every term that shares its key.
    while (end < vocabulary.length) {
      const key = vocabKey(vocabulary[end]!);
      let next = end;
      while (next < vocabulary.length && vocabKey(vocabulary[next]!) === key) next++;
      if (end > start && next - start > VOCAB_SHARD_TERMS) break;
      end = next;
    }
    const shard = vocabulary.slice(start, end);
    const file: VocabShardFile = { o: start, t: packVocabIndex(shard), d: shard.map((t) => postings.get(t)!.length) };
    files.set(`v${vocabShards.length}.json`, JSON.stringify(file));
    vocabShards.push(vocabKey(shard[0]!));
    start = end;
  }

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
  const manifest: Manifest = { n: docs.length, g: groups.sizes, v: vocabShards, p: postingsShards };
  files.set('manifest.json', JSON.stringify(manifest));

  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name)}\0`);
  return { hash: hash.digest('hex').slice(0, 12), files };
}
