import { describe, expect, it } from 'vitest';
import type { ParagraphHit, SearchResults } from '../../../src/lib/search/engine';
import { engine, library } from './corpus';

const anchors = (results: SearchResults) => results.paragraphs.map((p) => p.href.slice(p.href.indexOf('#') + 1));
const marked = (hit: ParagraphHit) => hit.snippet.filter(([, isMatch]) => isMatch).map(([text]) => text);

describe('search engine', () => {
  it('finds a person despite a typo, and lists the merged fact first', async () => {
    const { engine: search } = await engine();
    const results = await search.search('Eberhart');
    expect(results.facts.map((f) => [f.kind, f.label.map(([t]) => t).join(''), f.detail.map(([t]) => t).join(''), f.reach])).toEqual([
      ['Person', 'Tomás Eberhardt', 'Wire Service, The Daily: Governor', 'named by 2 outlets'],
    ]);
    expect(anchors(results)).toEqual(['wire-p1', 'wire-p4', 'daily-p1']);
    expect(marked(results.paragraphs[1]!)).toEqual(['Eberhardt’s']);
  });

  it('finds accented text from plain letters and the other way round', async () => {
    const { engine: search } = await engine();
    expect(anchors(await search.search('wojcik brandt'))).toEqual(['wire-p1', 'daily-p2']);
    expect(anchors(await search.search('Tomás'))).toEqual(['wire-p1', 'daily-p1']);
  });

  it('finds a number however its thousands are written', async () => {
    const { engine: search } = await engine();
    for (const q of ['8000', '8,000']) {
      const results = await search.search(q);
      expect(anchors(results)).toEqual(['wire-p2']);
      expect(marked(results.paragraphs[0]!)).toEqual(['8,000']);
      expect(results.facts[0]!.kind).toBe('Figure');
    }
  });

  it('narrows with every word, adjacent or not', async () => {
    const { engine: search } = await engine();
    expect(anchors(await search.search('funding'))).toEqual(['wire-p3', 'daily-p2', 'daily-p3']);
    expect(anchors(await search.search('funding dikes'))).toEqual(['daily-p2']);
    const results = await search.search('border funding 14 billion');
    expect(anchors(results)).toEqual(['daily-p3']);
    expect(marked(results.paragraphs[0]!)).toEqual(['funding', '14', 'billion', 'border']);
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const { engine: search } = await engine();
    expect(anchors(await search.search('"flood defense funding"'))).toEqual(['wire-p3']);
    expect(anchors(await search.search('“funding flood”'))).toEqual([]);
    expect(anchors(await search.search('"the river'))).toEqual(['wire-p2']);
  });

  it('completes the word being typed', async () => {
    const { engine: search } = await engine();
    expect(anchors(await search.search('ha'))).toEqual(['gazette-p1']);
    expect(anchors(await search.search('ha '))).toEqual([]);
    expect(anchors(await search.search('the harv'))).toEqual(['gazette-p1']);
  });

  it('answers odd input with no results and no exception', async () => {
    const { engine: search } = await engine();
    for (const q of ['', '   ', 'x'.repeat(10_000), '(.*+?[\\^$|{}', '"unmatched quote', '🙂🙃', 'שלום עולם', '\u0000\uffff', 'zzzzzz']) {
      const started = performance.now();
      await expect(search.search(q)).resolves.toMatchObject({ facts: [], paragraphs: [], total: 0 });
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('fetches only the shards a query needs and the groups of the results it shows', async () => {
    const { engine: search, reads, files } = await engine(library());
    await search.search('oyelaran');
    const fetched = reads.filter((name) => name.startsWith('d'));
    expect(fetched.length).toBe(2);
    expect(fetched.length).toBeLessThan([...files.keys()].filter((name) => name.startsWith('d')).length);
  });
});
