// Every example of issue 13 ("Search that forgives what readers actually type"), on the real site
// and the search fixture site (Łódź, Đoković, Straße, compounds, decimals), as a reader sees it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactHit, ParagraphHit, SearchEngine, SearchResults } from '../../../src/lib/search/engine';
import { engine, sites } from './corpus';

let search: SearchEngine;
beforeAll(async () => {
  search = (await engine(sites())).engine;
});

const text = (segments: [string, boolean][]) => segments.map(([t]) => t).join('');
const marks = (hit: ParagraphHit) => hit.snippet.filter(([, isMatch]) => isMatch).map(([t]) => t);
const fact = (hit: FactHit) => `${hit.kind} · ${text(hit.label)}${hit.detail.length ? ` · ${text(hit.detail)}` : ''} · ${hit.reach}`;
/** The visible text of the first `n` paragraphs found (snippets without their marks). */
const top = (results: SearchResults, n = 3) => results.paragraphs.slice(0, n).map((p) => text(p.snippet));
const finds = async (query: string, words: string, n = 3) => expect(top(await search.search(query), n).join('\n')).toContain(words);

describe('a typo anywhere in a word', () => {
  it.each([
    ['Ayelaran', 'Oyelaran', 'first letter'],
    ['Leonard Chelby', 'Shelby', 'first letter'],
    ['Yoelaran', 'Oyelaran', 'first two letters swapped'],
    ['Mayorcas', 'Mayorkas', 'inside'],
    ['Ojelaran', 'Oyelaran', 'second letter'],
    ['Alzic', 'Lazić', 'first two letters of a short word swapped'],
  ])('"%s" finds %s (%s)', async (query, name) => {
    const results = await search.search(query);
    expect(results.paragraphs.length).toBeGreaterThan(0);
    expect(marks(results.paragraphs[0]!).join(' ')).toContain(name);
  });
});

describe('word forms', () => {
  it('finds "migrant" from "migrants", and the other way round', async () => {
    await finds('migrants encounters', '35,000 migrant encounters');
    await finds('migrant caravans', 'Caravans regularly make the trip');
  });

  it('finds other forms of a verb', async () => {
    await finds('negotiate prisoner annex', 'negotiated the prisoner annex');
  });

  it('ranks the form as typed above other forms of the word', async () => {
    const results = await search.search('negotiated');
    expect(marks(results.paragraphs[0]!)).toContain('negotiated');
    expect(results.paragraphs.some((p) => marks(p).includes('negotiations'))).toBe(true);
  });
});

describe('compounds, from the vocabulary', () => {
  it.each([
    ['ceasefire', 'cease-fire'],
    ['cease-fire', 'ceasefire'],
    ['handoff', 'hand-off'],
    ['hand-off', 'handoff'],
  ])('"%s" finds "%s" as well as itself', async (query, other) => {
    const found = top(await search.search(query), 10).join('\n');
    expect(found).toContain(other);
    expect(found).toContain(query);
  });

  it('meets a closed word typed apart, and words written apart typed closed', async () => {
    await finds('road map political talks', 'roadmap for political talks');
    await finds('fanzone', 'fan zone');
  });
});

describe('every Latin letter', () => {
  it.each([
    ['lodz', 'Łódź'],
    ['Djokovic', 'Đoković'],
    ['Dokovic', 'Đoković'],
    ['Soren', 'Søren'],
    ['strasse', 'Straße'],
    ['AErenlund', 'Ærenlund'],
    ['Łódź', 'Łódź'],
  ])('"%s" finds %s, and the highlight lands on the original characters', async (query, written) => {
    const results = await search.search(query);
    expect(results.paragraphs.length).toBeGreaterThan(0);
    expect(marks(results.paragraphs[0]!)).toContain(written);
  });
});

describe('numbers', () => {
  it('keeps a decimal one word: "3.8" and "3.8 billion" find "$3.8bn"', async () => {
    for (const query of ['3.8', '3.8 billion', '$3.8bn']) {
      const results = await search.search(query);
      expect(top(results, 1)[0]).toContain('$3.8bn deal');
      expect(marks(results.paragraphs[0]!).join('')).toContain('3.8');
    }
  });

  it('meets percent signs, currency symbols and number words with their digits and words', async () => {
    await finds('3.5% water rate', '3.5 per cent');
    await finds('31.5 billion euros', '€31.5bn');
    await finds('eight thousand migrants', 'over 8,000 migrants');
    await finds('6000 spectators', 'About six thousand spectators');
    await finds('110,000 displaced', 'one hundred and ten thousand people');
  });

  it('never lets an abbreviation with periods match an ordinary word', async () => {
    const results = await search.search('U.S.');
    expect(results.paragraphs.length).toBeGreaterThan(0);
    expect(top(results, 100).join('\n')).not.toContain('He told us nothing');
    for (const hit of results.paragraphs) expect(marks(hit)).toEqual(expect.arrayContaining(['U.S']));
    expect(top(await search.search('U.N. monitors'), 100).join('\n')).not.toContain('un-European');
  });
});

describe('fact results that compare', () => {
  it('names every outlet’s value of a figure and their status', async () => {
    const results = await search.search('8000');
    expect(results.facts.map(fact)).toContain('Figure · migrants · Fox News over 8,000 ≠ UPI estimated at 6,000 · conflict');
    const conflict = results.facts.find((f) => f.reach === 'conflict')!;
    expect(conflict.detail.filter(([, isMatch]) => isMatch).map(([t]) => t)).toEqual(['8,000']);
  });

  it('names the title each outlet gives a person', async () => {
    const results = await search.search('Ærenlund');
    expect(results.facts.map(fact)).toContain(
      'Person · Søren Ærenlund · Vistula Radio: Danish envoy; Baltic Wire: Denmark\'s special envoy; Northern Courier: Danish diplomat · named by 3 outlets',
    );
  });
});

describe('"Showing results for …"', () => {
  it('says which words were searched instead when only a fuzzy match was found, with the exact words to search', async () => {
    const results = await search.search('mayorcas');
    expect(results.instead).toEqual({ words: 'mayorkas', query: '"mayorcas"' });
    expect(await search.search(results.instead!.query)).toMatchObject({ total: 0 });
  });

  it('says so for stemmed matches too', async () => {
    expect((await search.search('migrants encounters')).instead?.words).toBe('migrant encounters');
  });

  it('stays quiet when a result has every word as typed', async () => {
    for (const query of ['Mayorkas', 'migrant encounters', 'ceasefire', 'lodz', 'Mayo']) expect((await search.search(query)).instead).toBeUndefined();
  });
});
