// The two seed articles, round trip: a realistic page is built around each committed content file
// (its text as the outlet's CMS would serve it, with ads, captions, share and newsletter boxes,
// related links and hydration JSON around it, and only the metadata the file records), the page is
// imported with the command into a scratch content folder, and the written file must give back the
// committed one: the body identical character for character, the frontmatter equal as data.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/import';
import { contentPath } from '../../../src/lib/content/errors';
import { ROOT } from '../../support/site';
import { bodyHtml, contentOf, recordingEnvironment, scratchContent } from './support';

const STORY = '2023-12-27-mexico-city-migration-talks';
const committed = (id: string) => join(ROOT, 'content/articles', STORY, `${id}.md`);
const content = scratchContent('import-seeds-');
afterAll(() => rmSync(content, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'content/stories', `${STORY}.md`), join(content, 'stories', `${STORY}.md`));

/** Inserts `noise[i]` after paragraph i (1-based) of a body's HTML paragraphs. */
function interleave(html: string, noise: Record<number, string>): string {
  const paragraphs = html.split(/(?<=<\/p>)\n*/).filter(Boolean);
  return paragraphs.map((p, i) => `${p}\n${noise[i + 1] ?? ''}`).join('\n');
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A Fox-News-like page: JSON-LD NewsArticle for the metadata, the credit line in italics at the end, a promo link after it. */
function foxPage(): string {
  const { frontmatter: f, body } = contentOf(committed('fox-news'));
  const jsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: f.title, datePublished: f.published, publisher: { '@type': 'Organization', name: f.outlet } };
  const paragraphs = interleave(bodyHtml(body), {
    1: '<div class="ad-container ad-w-300"><div class="ad-label">Advertisement</div><div id="ad-1"></div></div>',
    3: '<figure class="image-ct inline"><img src="https://static.foxnews.example/blinken.jpg" alt="Antony Blinken at a lectern"><figcaption><span class="caption">Secretary of State Antony Blinken speaks at the State Department.</span> <span class="copyright">(AP Photo)</span></figcaption></figure>',
    5: '<div class="related"><h3>Related</h3><ul><li><a href="https://www.foxnews.example/politics/border-numbers">Border numbers hit new high</a></li><li><a href="https://www.foxnews.example/world/caravan">Caravan heads north</a></li></ul></div>',
    8: '<div class="newsletter-signup"><h3>Get the Politics newsletter</h3><form action="/subscribe"><input type="email" name="email"><button onclick="subscribe()">Subscribe</button></form></div>',
    11: '<div class="video-container"><iframe src="https://video.foxnews.example/embed/123"></iframe><p class="video-caption">Video: migrants cross the Rio Grande</p></div>',
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${f.title} | ${f.outlet}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escapeAttr(f.outlet!)}">
<meta property="og:title" content="${escapeAttr(f.title!)}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<script>window.__NUXT__ = ${JSON.stringify({ article: { headline: f.title, body: body.slice(0, 400) } })};</script>
</head>
<body>
<header class="site-header"><nav><a href="/">Fox News</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav></header>
<main class="main-content">
<article class="article-wrap">
  <header class="article-header"><h1 class="headline">${f.title}</h1><div class="article-meta"><time datetime="2023-12-27T10:00:00-05:00">December 27, 2023 10:00am EST</time></div></header>
  <div class="social-share"><a href="https://social.example/share" onclick="share()">Share</a><a href="mailto:?subject=x">Email</a></div>
  <div class="article-body">
${paragraphs}
<p><i>${f.credit}</i></p>
<p><strong><a href="https://www.foxnews.example/politics">Latest Political News on Fox News</a></strong></p>
  </div>
</article>
<aside class="sidebar"><h2>Trending</h2><ul><li><a href="/a">Something else</a></li></ul></aside>
</main>
<footer class="site-footer"><p>This material may not be published, broadcast, rewritten, or redistributed.</p></footer>
</body>
</html>
`;
}

/** A UPI-like page: Open Graph for outlet and headline, a `<time datetime>` for the day, the dateline opening the text. */
function upiPage(): string {
  const { frontmatter: f, body } = contentOf(committed('upi'));
  const paragraphs = interleave(bodyHtml(body), {
    1: '<figure class="photo"><img src="https://cdnph.upi.example/blinken.jpg" alt=""><figcaption>Secretary of State Antony Blinken will travel to Mexico City on Wednesday. File Photo by Bonnie Cash/UPI</figcaption></figure>',
    2: '<div class="ad-slot"><span>Advertisement</span></div>',
    4: '<div class="share-tools"><button onclick="share(\'fb\')">Facebook</button><button onclick="share(\'x\')">X</button></div>',
    6: '<section class="related-articles"><h2>Read More</h2><ul><li><a href="/Top_News/US/2023/12/26/migrants/1">Migrant caravan grows</a></li></ul></section>',
    8: '<div class="newsletter"><p>Sign up for the UPI newsletter</p><form><input type="email"></form></div>',
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${f.title} - UPI.com</title>
<meta property="og:site_name" content="${escapeAttr(f.outlet!)}">
<meta property="og:title" content="${escapeAttr(f.title!)}">
<script>var dataLayer = [{"section":"Top News","wordCount":412}]; window.__STATE__ = ${JSON.stringify({ story: { text: body.slice(0, 300) } })};</script>
<script async src="https://securepubads.example/gpt.js"></script>
</head>
<body>
<div id="cookie-consent" class="cookie-banner">We use cookies. <button onclick="accept()">OK</button></div>
<nav class="top-nav"><a href="/Top_News">Top News</a> <a href="/World_News">World News</a></nav>
<div class="container">
<article>
<h1>${f.title}</h1>
<div class="byline-block"><time datetime="${f.published}">Dec. 27, 2023 / 9:42 AM</time></div>
<div class="story-body">
${paragraphs}
</div>
</article>
<div class="most-read"><h2>Most Read</h2><ol><li><a href="/x">Something else</a></li></ol></div>
</div>
<footer><p>Copyright 2023 United Press International, Inc.</p></footer>
</body>
</html>
`;
}

describe('the seed articles, from pages built around them', () => {
  const pages = { 'fox-news': foxPage(), upi: upiPage() };
  const pageDir = join(content, 'pages');
  mkdirSync(pageDir);

  for (const [id, html] of Object.entries(pages)) {
    it(`${id}: the import gives back the committed content file`, async () => {
      const page = join(pageDir, `${id}.html`);
      writeFileSync(page, html);
      const run = recordingEnvironment(content);
      expect(await main([page, '--story', STORY], run.env), run.stderr()).toBe(0);

      const written = join(content, 'articles', STORY, `${id}.md`);
      expect(run.stdout()).toContain(`Wrote ${contentPath(written)}`);
      const got = contentOf(written);
      const want = contentOf(committed(id));
      expect(got.body).toBe(want.body);
      expect(got.frontmatter).toEqual(want.frontmatter);
      // And the page's noise is gone.
      expect(readFileSync(written, 'utf8')).not.toMatch(/Advertisement|Related|Read More|newsletter|Photo|Video:|Latest Political News|onclick|<script|<iframe/);
    });
  }
});
