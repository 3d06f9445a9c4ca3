// Gate: what search engines, feed readers and link previews read. Every page has its own title and
// description, a canonical URL, Open Graph and Twitter card tags and a link to the feed; article
// pages describe themselves as a schema.org NewsArticle; the sitemap lists every page, the feed
// every story, and robots.txt points at the sitemap.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { $, $$, readPage, textOf } from '../support/html';
import { builtPages } from './pages';

const distDir = inject('distDir');
const pages = builtPages(distDir);
const meta = (file: string, key: string) => {
  const element = $(readPage(distDir, file), `meta[name="${key}"], meta[property="${key}"]`);
  return element ? String(element.properties.content) : undefined;
};
/** The site's own address as the build states it: the home page's canonical URL. */
const siteRoot = () => String($(readPage(distDir, 'index.html'), 'link[rel="canonical"]')?.properties.href);
const file = (name: string) => readFileSync(join(distDir, name), 'utf8');
const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1]!);

describe('every page', () => {
  it('has a title and a description of its own', () => {
    const heads = pages.map((p) => ({ title: textOf($(readPage(distDir, p.file), 'title')!), description: meta(p.file, 'description') ?? '' }));
    for (const head of heads) {
      expect(head.title.length).toBeGreaterThan(10);
      expect(head.description.length).toBeGreaterThan(20);
    }
    expect(new Set(heads.map((h) => h.title)).size).toBe(pages.length);
    expect(new Set(heads.map((h) => h.description)).size).toBe(pages.length);
  });

  for (const page of pages.filter((p) => p.type !== 'not-found')) {
    it(`/${page.path}: canonical URL, social cards and the feed link`, () => {
      const tree = readPage(distDir, page.file);
      const canonical = String($(tree, 'link[rel="canonical"]')?.properties.href);
      expect(canonical).toBe(new URL(page.path, siteRoot()).href);
      expect(meta(page.file, 'og:url')).toBe(canonical);
      expect(meta(page.file, 'og:title')).toBe(textOf($(tree, 'title')!));
      expect(meta(page.file, 'og:description')).toBe(meta(page.file, 'description'));
      expect(meta(page.file, 'og:type')).toBe(page.type === 'article' ? 'article' : 'website');
      expect(meta(page.file, 'twitter:card')).toBe('summary');
      const feed = $(tree, 'link[rel="alternate"][type="application/rss+xml"]');
      expect(existsSync(join(distDir, new URL(String(feed?.properties.href), 'http://site/').pathname))).toBe(true);
    });
  }
});

describe('article pages', () => {
  for (const page of pages.filter((p) => p.type === 'article')) {
    it(`/${page.path} describes itself as a schema.org NewsArticle`, () => {
      const tree = readPage(distDir, page.file);
      const blocks = $$(tree, 'script[type="application/ld+json"]').map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
      const article = blocks.find((b) => b['@type'] === 'NewsArticle');
      expect(article, 'a NewsArticle JSON-LD block').toBeDefined();
      expect(article!['@context']).toBe('https://schema.org');
      expect(article!.headline).toBe(textOf($(tree, 'h1')!));
      expect(String(article!.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(article!.url).toBe(String($(tree, 'link[rel="canonical"]')?.properties.href));
      const publisher = (article!.publisher as { name: string }).name;
      expect(textOf(tree)).toContain(publisher);
      expect(meta(page.file, 'article:published_time')).toBe(article!.datePublished);
    });
  }
});

describe('sitemap, feed and robots.txt', () => {
  it('the sitemap lists every page but the 404 page, by its canonical URL', () => {
    const sitemaps = all(/<loc>([^<]+)<\/loc>/g, file('sitemap-index.xml'));
    const listed = sitemaps.flatMap((url) => all(/<loc>([^<]+)<\/loc>/g, file(new URL(url).pathname.slice(new URL(siteRoot()).pathname.length))));
    const expected = pages.filter((p) => p.type !== 'not-found').map((p) => new URL(p.path, siteRoot()).href);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('the feed has one item per story, linking to its page', () => {
    const feed = file('rss.xml');
    const stories = pages.filter((p) => p.type === 'story').map((p) => new URL(p.path, siteRoot()).href);
    expect(all(/<item>[\s\S]*?<link>([^<]+)<\/link>/g, feed).sort()).toEqual(stories.sort());
    for (const title of all(/<item><title>([^<]+)<\/title>/g, feed)) expect(title.length).toBeGreaterThan(5);
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = file('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', siteRoot()).href}`);
  });
});
