// Stage "metadata": the precedence JSON-LD → Open Graph → meta author → <time> → canonical → lang,
// each field's source kept, what lost kept too, and nothing invented.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/import';
import { parseDocument } from '../../../src/lib/import/dom';
import { readMetadata } from '../../../src/lib/import/metadata';
import { fixturePage, importFixture, recordingEnvironment, scratchContent } from './support';

const content = scratchContent('import-meta-');
afterAll(() => rmSync(content, { recursive: true, force: true }));
const page = (head: string, body = '<h1>Body headline</h1>') => parseDocument(`<!doctype html><html lang="en-AU"><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('JSON-LD and Open Graph disagreeing (arc-nextjs)', () => {
  const { fields } = importFixture('arc-nextjs');

  it('JSON-LD wins for headline, outlet and published time, and the Open Graph values are kept as overruled', () => {
    expect(fields.title).toMatchObject({ value: 'Wildfire near Ashford Falls forces evacuation of 2,300 homes', source: 'json-ld', detail: 'headline' });
    expect(fields.title!.overruled).toEqual([{ field: 'title', value: 'Thousands flee as wildfire jumps river near Ashford Falls', source: 'open-graph', detail: 'og:title' }]);
    expect(fields.outlet).toMatchObject({ value: 'The Meridian Post', source: 'json-ld', overruled: [{ value: 'Meridian Post', source: 'open-graph' }] });
    expect(fields.published).toMatchObject({ value: '2025-08-19T21:42:00-07:00', source: 'json-ld', overruled: [{ value: '2025-08-20T04:42:00Z', source: 'open-graph' }] });
  });

  it('the printed source says JSON-LD won and what Open Graph said', async () => {
    const run = recordingEnvironment(content);
    await main([fixturePage('arc-nextjs'), '--dry-run', '--story', 'x'], run.env);
    const lines = run.out.join('\n');
    expect(lines).toContain('  title: Wildfire near Ashford Falls forces evacuation of 2,300 homes ← json-ld (headline); wins over open-graph og:title: "Thousands flee as wildfire jumps river near Ashford Falls"');
    expect(lines).toContain('  outlet: The Meridian Post ← json-ld (publisher.name); wins over open-graph og:site_name: "Meridian Post"');
    expect(lines).toContain('  published: 2025-08-19T21:42:00-07:00 ← json-ld (datePublished); wins over open-graph article:published_time: "2025-08-20T04:42:00Z"');
    expect(lines).toContain('  language: en ← json-ld (inLanguage); wins over open-graph og:locale: "en-US" (the default, so not written)');
  });
});

describe('precedence and normalisation', () => {
  it('follows @graph and @id references, joins several authors, decodes character references', () => {
    const document = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'Harbour &amp; Hill Gazette' },
          { '@type': ['NewsArticle'], headline: 'Pier &#8220;unsafe&#8221;', datePublished: '2025-06-04 19:10:00', publisher: { '@id': '#org' }, author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Li Wei' }, 'Sam Ode'] },
        ],
      }),
    );
    const { fields } = readMetadata(document);
    expect(fields.outlet?.value).toBe('Harbour & Hill Gazette');
    expect(fields.title?.value).toBe('Pier “unsafe”');
    expect(fields.byline?.value).toBe('Ana Ruiz, Li Wei and Sam Ode');
    expect(fields.published?.value).toBe('2025-06-04T19:10:00');
  });

  it('skips unusable values, says why, and takes the next source', () => {
    const document = page(
      `${jsonLd({ '@type': 'NewsArticle', datePublished: 'Tuesday morning' })}
       <meta property="article:published_time" content="2025-03-11T16:25:00+0000">
       <meta property="article:author" content="https://social.example/tomas.reyes">
       <meta name="author" content="By Tomas Reyes">
       <link rel="canonical" href="/news/trawler">
       <script type="application/ld+json">{ not json </script>`,
    );
    const metadata = readMetadata(document);
    expect(metadata.fields.published).toMatchObject({ value: '2025-03-11T16:25:00+00:00', source: 'open-graph' });
    expect(metadata.fields.byline).toMatchObject({ value: 'Tomas Reyes', source: 'meta' });
    expect(metadata.fields.url).toBeUndefined();
    expect(metadata.refused.map((r) => `${r.field} ${r.source}: ${r.reason}`)).toEqual([
      'published json-ld: is not an ISO date or date-time',
      'byline open-graph: is a web address, not a name',
      'url canonical: is not a full web address',
    ]);
    expect(metadata.brokenJsonLd).toBe(1);
    expect(readMetadata(document, { baseUrl: 'https://www.example.com/x/y' }).fields.url?.value).toBe('https://www.example.com/news/trawler');
  });

  it('reads og:locale as a language tag, above <html lang>', () => {
    expect(readMetadata(page('<meta property="og:locale" content="es_ES">')).fields.language).toMatchObject({ value: 'es-ES', source: 'open-graph' });
    expect(readMetadata(page('')).fields.language).toMatchObject({ value: 'en-AU', source: 'html-lang' });
  });

  it('falls back to <h1> for the headline and prefers a marked <time datetime>', () => {
    const document = page('', '<time datetime="2025-01-02">2 Jan</time><h1>Body headline</h1><time itemprop="datePublished" datetime="2025-01-01T08:00:00Z">1 Jan</time>');
    const { fields } = readMetadata(document);
    expect(fields.title).toMatchObject({ value: 'Body headline', source: 'body' });
    expect(fields.published).toMatchObject({ value: '2025-01-01T08:00:00Z', source: 'time' });
  });

  it('leaves out what the page does not state', () => {
    const { fields } = readMetadata(page('<title>Only a title tag</title>', '<p>Text.</p>'));
    expect(Object.keys(fields)).toEqual(['language']);
  });
});
