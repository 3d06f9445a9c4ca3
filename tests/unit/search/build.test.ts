import Fuse from 'fuse.js/min-basic';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, packVocabIndex, VOCAB_SHARD_TERMS } from '../../../src/lib/search/build';
import { searchDocuments, type ParagraphDoc } from '../../../src/lib/search/documents';
import { decodePostings, encodePostings, floorIndex, reversed, shardKeys, type Manifest, type ReversedShardFile, type VocabShardFile } from '../../../src/lib/search/format';
import { SearchEngine } from '../../../src/lib/search/engine';
import { library, storyHref } from './corpus';

const paragraph = (text: string, i: number): ParagraphDoc => ({
  kind: 'paragraph',
  story: 's',
  storyTitle: 'S',
  article: `a${Math.floor(i / 20)}`,
  outlet: 'O',
  headline: 'H',
  anchor: `a-p${i}`,
  href: `/s/#a-p${i}`,
  text,
});

describe('search index files', () => {
  it('round-trips postings', () => {
    const ids = [0, 1, 2, 40, 41, 5000, 123_456];
    expect([...decodePostings(encodePostings(ids))]).toEqual(ids);
  });

  it('stores a vocabulary shard as exactly the records of a Fuse index created at build time', () => {
    const terms = ['border', 'mayorkas', 'obrador'];
    const index = Fuse.parseIndex<string>({ keys: [], records: packVocabIndex(terms).map((v, i) => ({ v, i, n: 1 })) });
    expect(index.toJSON()).toEqual(Fuse.createIndex([], terms).toJSON());
    expect(() => packVocabIndex(['two words'])).toThrow(/Unexpected Fuse index record/);
  });

  it('names its folder after its content', () => {
    const a = buildSearchIndex(searchDocuments(library(), storyHref));
    const b = buildSearchIndex(searchDocuments(library(), storyHref));
    expect(a.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(b.hash).toBe(a.hash);
    const changed = library();
    changed[1]!.articles[0]!.paragraphs[0]!.text += ' Fireworks followed.';
    expect(buildSearchIndex(searchDocuments(changed, storyHref)).hash).not.toBe(a.hash);
  });

  it('shards a large vocabulary twice, by first and by last letters, each shard small enough to scan', async () => {
    // 4,000 distinct words over 26 first letters, each in three documents.
    const words = Array.from({ length: 4000 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${i.toString(36)}x`);
    const docs = Array.from({ length: 600 }, (_, i) => paragraph(words.slice((i % 200) * 20, (i % 200) * 20 + 20).join(' '), i));
    const { files } = buildSearchIndex(docs);
    const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
    expect(manifest.v.length).toBeGreaterThan(2);
    expect(manifest.r.length).toBeGreaterThan(2);
    const shards = manifest.v.map((_, i) => JSON.parse(files.get(`v${i}.json`)!) as VocabShardFile);
    const vocabulary = shards.flatMap((s) => s.t);
    // "six" is also the number 6.
    expect(vocabulary.filter((t) => t !== '6')).toEqual([...words].sort());
    for (const [i, shard] of shards.entries()) {
      expect(shard.t.length).toBeLessThanOrEqual(VOCAB_SHARD_TERMS);
      // Every term sits in the shard its first letters point to.
      for (const term of shard.t) expect(floorIndex(manifest.v, term)).toBe(i);
    }
    const backwards = manifest.r.map((_, i) => JSON.parse(files.get(`r${i}.json`)!) as ReversedShardFile);
    expect(backwards.flatMap((s) => s.t).sort()).toEqual(vocabulary);
    for (const [i, shard] of backwards.entries()) {
      expect(shard.t.length).toBeLessThanOrEqual(VOCAB_SHARD_TERMS);
      for (const term of shard.t) expect(floorIndex(manifest.r, reversed(term))).toBe(i);
    }
    expect(manifest.p.length).toBeGreaterThan(1);

    const reads: string[] = [];
    const engine = await SearchEngine.open(async (name) => (reads.push(name), JSON.parse(files.get(name)!)));
    const word = words[1234]!;
    const results = await engine.search(word);
    const at = Math.floor(1234 / 20);
    expect(results.paragraphs.map((p) => p.href)).toEqual([at, at + 200, at + 400].map((i) => `/s/#a-p${i}`));
    expect(reads.filter((n) => n.startsWith('v'))).toHaveLength(1);
    expect(reads.filter((n) => n.startsWith('r'))).toHaveLength(0);
    expect(reads.filter((n) => n.startsWith('p'))).toHaveLength(1);
  });

  it('cuts shards at whole groups of first letters, two where they fit and more where a group is too big', () => {
    const keys = ['aa1', 'aa2', 'ab1', 'ab2', 'ab3', 'ab4', 'ac1', 'b'].sort();
    const { starts, prefixes } = shardKeys(keys, 3);
    // "ab" alone is four keys, so it is cut by three letters.
    expect(prefixes).toEqual(['aa', 'ab2', 'ac']);
    expect(starts).toEqual([0, 3, 6]);
    // A word lands with every key that starts like it: a typo after the prefix stays in its shard.
    expect(floorIndex(prefixes, 'ab1z')).toBe(0);
    expect(floorIndex(prefixes, 'ab4z')).toBe(1);
    expect(floorIndex(prefixes, 'ba')).toBe(2);
  });

  it('ships the transliteration table and the symbol words for the browser', () => {
    const { files } = buildSearchIndex([paragraph('Łódź signed for $3.8bn.', 0)]);
    expect(JSON.parse(files.get('fold.json')!)).toMatchObject({ Ł: 'L', ó: 'o', ź: 'z' });
    expect((JSON.parse(files.get('manifest.json')!) as Manifest).y).toMatchObject({ $: 'dollars', '%': 'percent' });
  });
});
