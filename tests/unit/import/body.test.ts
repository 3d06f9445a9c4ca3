// Stages "live-blog", "noise", "body" and "markdown": what a page wraps around its article never
// reaches the Markdown; what the article says does, verbatim; scripts, iframes and event handlers
// never do; the byline, dateline and contribution line go where they belong.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/import/dom';
import { readDateline } from '../../../src/lib/import/furniture';
import { markLiveBlogEntries } from '../../../src/lib/import/liveblog';
import { bodyToMarkdown } from '../../../src/lib/import/markdown';
import { removeNoise } from '../../../src/lib/import/noise';
import { importPage } from '../../../src/lib/import/pipeline';
import { importFixture } from './support';

const importHtml = (html: string, url?: string) => importPage({ html, source: 'page.html', bytes: html.length, ...(url ? { url } : {}) });
const LONG = 'The harbour board met on Tuesday evening to hear the engineers explain why the old pier has to close for most of the summer season. ';

describe('noise in the saved pages never reaches the Markdown', () => {
  // Text that each page carries around its article: captions, ad labels, related links, share and
  // newsletter boxes, comments, author boxes, pinned summaries, hydration JSON.
  const noise: Record<string, string[]> = {
    wordpress: ['Pilings beneath the Carrow Point pier', 'Advertisement', 'Related', 'Inspection finds borer damage', 'Share this', 'Facebook', 'Get the Morning Tide', 'Why does this always happen', 'covers transportation and the islands', 'Map: the temporary landing', 'We use cookies', 'Most read', 'Tagged'],
    'arc-nextjs': ['Smoke from the Pike Ridge Fire', 'Jonah Kettering', 'Evacuation zones as of', 'The Fire Season', 'Sign up', 'Read more', 'Why forecasters expect', 'Gift Article', 'View 412 Comments', 'is a climate reporter', 'Advertisement', 'Most Read Climate'],
    'wire-syndicated': ['By TOMAS REYES', 'Fergus Lyle', 'Video: Helicopter lifts crew', 'More from Harbour Wire', 'Gale warning extended', 'Advertisement', 'Comments are closed', 'Trending in Kellsbridge', 'From Harbour Wire', 'Maritime', 'contributed to this report'],
    'gov-release': ['Press release', 'The sea wall at Saltby Haven will be rebuilt', 'Video: the minister visits', 'Campaign', 'Check your long-term flood risk', 'Press office', 'SW1A 9ZZ', 'Share this page', 'Is this page useful?', 'Related content', 'Published 20 May 2025', 'Cookies on GOV.EXAMPLE'],
    'live-blog': ['Key points', 'Gusts of more than 80 mph recorded', 'Waves break over the promenade', 'Share', 'Advertisement', 'Read more', 'How to report a power cut', 'morning briefing', 'Auto-update', 'Last updated'],
    'meta-only': ['Vista de la cola', 'Álvaro Peñalver', 'Publicidad', 'Te puede interesar', 'Controlado el incendio', 'Compartir', 'Recibe cada mañana', 'Comentarios', 'Lo más leído', 'Provincia'],
  };
  for (const [name, phrases] of Object.entries(noise)) {
    it(name, () => {
      const { body } = importFixture(name);
      for (const phrase of phrases) expect(body, phrase).not.toContain(phrase);
      expect(body).not.toMatch(/<|onclick|javascript:|__NEXT_DATA__|googletag|\{"/);
    });
  }
});

describe('unsafe markup', () => {
  it('scripts, iframes, styles, event handlers and javascript: links never reach the Markdown; the text does', () => {
    const { body } = importHtml(`<!doctype html><html><head><title>T</title><script>var leak = "SCRIPT-TEXT";</script><style>p { color: red }</style></head><body>
      <article><h1>Headline</h1>
      <p onclick="steal()">${LONG}It was <a href="javascript:alert(1)">dangerous</a>, said <b onmouseover="x()">the chair</b>.</p>
      <script>document.write("INLINE-SCRIPT")</script>
      <iframe src="https://evil.example/frame" onload="x()">IFRAME-FALLBACK</iframe>
      <p>${LONG}<img src="x.jpg" onerror="alert(1)" alt="ALT-TEXT"> See <a href="data:text/html,&lt;script&gt;" >the data</a> and <a href="https://ok.example/a" onclick="track()">the report</a>.</p>
      <noscript><p>NOSCRIPT-TEXT</p></noscript><template><p>TEMPLATE-TEXT</p></template>
      <object data="x.swf">OBJECT-TEXT</object>
      </article></body></html>`);
    expect(body).not.toMatch(/SCRIPT-TEXT|INLINE-SCRIPT|IFRAME|ALT-TEXT|NOSCRIPT|TEMPLATE|OBJECT-TEXT|color: red|javascript|data:|alert|onclick|onerror|steal|track\(/);
    expect(body).toContain('It was dangerous, said **the chair**.');
    expect(body).toContain('See the data and [the report](https://ok.example/a).');
  });

  it('resolves relative links against the page’s address, and keeps them as written without one', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><article><p>${LONG}Read <a href="/reports/pier.pdf">the report</a>.</p><p>${LONG}</p></article></body></html>`;
    expect(importHtml(html, 'https://harbour.example/news/pier').body).toContain('[the report](https://harbour.example/reports/pier.pdf)');
    expect(importHtml(html).body).toContain('[the report](/reports/pier.pdf)');
  });
});

describe('the noise stage', () => {
  it('never removes what holds the article, whatever its classes say', () => {
    const document = parseDocument(`<html><body class="wp-embed-responsive"><div class="share-wrapper"><p>${LONG}</p><p>${LONG}</p></div><div class="share"><a href="#">Share</a></div></body></html>`);
    const report = removeNoise(document);
    expect(document.body.textContent).toContain('The harbour board met');
    expect(document.body.textContent).not.toContain('Share');
    expect(report).toEqual({ 'share widgets': 1 });
  });

  it('removes a sidebar holding more text than the article, and keeps an article wrapped in a page-wide <form>', () => {
    const cards = Array.from({ length: 80 }, (_, i) => `<div class="card"><p>Teaser ${i}: another story from elsewhere on the site, summarised in one line.</p></div>`).join('');
    const html = `<!doctype html><html><head><title>T</title></head><body><form id="aspnetForm" action="/post"><div class="content"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div><aside>${cards}</aside></form></body></html>`;
    const { body } = importHtml(html);
    expect(body).toBe(`${[LONG, LONG, LONG].map((p) => p.trim()).join('\n\n')}\n`);
  });

  it('removes an "Advertisement" label with the empty slot around it', () => {
    const document = parseDocument(`<html><body><p>${LONG}</p><div class="x-slot"><div><span>Advertisement</span></div><div id="slot-7"></div></div><p>${LONG}</p></body></html>`);
    expect(removeNoise(document)).toEqual({ ads: 1 });
    expect(document.querySelector('.x-slot')).toBeNull();
  });
});

describe('live blogs', () => {
  it('gives each time-stamped entry its time as a heading, in page order', () => {
    const { body } = importFixture('live-blog');
    expect(body.match(/^## .*$/gm)).toEqual(['## 14:05', '## 13:40', '## 12:58', '## 11:30', '## 10:02', '## 08:15']);
  });

  it('leaves one dated article, and time-stamped comments, alone', () => {
    const one = parseDocument('<html><body><article><time datetime="2025-01-01">1 Jan</time><p>Text.</p></article></body></html>');
    expect(markLiveBlogEntries(one).entries).toBe(0);
    const comments = parseDocument('<html><body><ol class="comment-list"><li><time>1</time><p>a</p></li><li><time>2</time><p>b</p></li></ol></body></html>');
    expect(markLiveBlogEntries(comments).entries).toBe(0);
  });
});

describe('bylines, datelines and contribution lines', () => {
  it.each([
    ['MARROWICK, Scotland (Harbour Wire) — Seven crew members were rescued', 'The Kellsbridge Record', 'MARROWICK, Scotland'],
    ['Dec. 27 (UPI) — Secretary of State Antony Blinken', 'UPI', 'Dec. 27 (UPI)'],
    ['ASHFORD FALLS, Ore. — A wildfire that began Monday', 'The Meridian Post', 'ASHFORD FALLS, Ore.'],
    ['WASHINGTON (AP) -- The Senate voted', 'The Daily Planet', 'WASHINGTON'],
    ['The terminal will close, the authority said Wednesday — the longest shutdown', 'Courier', undefined],
    ['Lopez Obrador said — in a speech — that', 'Courier', undefined],
    ['“We know six weeks is a long time,” said the chair.', 'Courier', undefined],
  ])('%s → %s', (text, outlet, dateline) => expect(readDateline(text, outlet)).toBe(dateline));

  it('drops a byline and a timestamp repeated at the top, moves the contribution line, drops a closing promo link, keeps the dateline in place', () => {
    const result = bodyToMarkdown(
      `<p>By JANE ROE, Coast Wire</p><p>Published 4 June 2025</p><p>PORTREE, Scotland (Coast Wire) — The ferry ran aground.</p><p>Nobody was hurt.</p><p><em>John Doe in Inverness contributed to this report.</em></p><p><a href="/news">More news from Coast Wire</a></p>`,
      { outlet: 'Island Times', byline: 'Jane Roe' },
    );
    expect(result.markdown).toBe('PORTREE, Scotland (Coast Wire) — The ferry ran aground.\n\nNobody was hurt.\n');
    expect(result.dateline).toBe('PORTREE, Scotland');
    expect(result.credit).toBe('John Doe in Inverness contributed to this report.');
    expect(result.removed).toEqual(['By JANE ROE, Coast Wire', 'Published 4 June 2025', 'More news from Coast Wire', 'John Doe in Inverness contributed to this report.']);
  });

  it('keeps text verbatim: curly quotes, dashes, non-breaking spaces (also at a paragraph’s end), Markdown characters escaped as text', () => {
    const { markdown } = bodyToMarkdown('<p>“Quoted” — ‘single’ – 23&nbsp;% of 1&#160;200</p><p>border.”&nbsp;</p><p>*Not emphasis* and [not a link] #1</p>');
    expect(markdown).toBe('“Quoted” — ‘single’ – 23\u00a0% of 1\u00a0200\n\nborder.”\u00a0\n\n\\*Not emphasis\\* and \\[not a link] #1\n');
  });

  it('writes headings of every level as ##, lists with - and 1., emphasis with * and **, and tables as tables', () => {
    const { markdown } = bodyToMarkdown('<h3>Sub</h3><ul><li>one</li></ul><ol><li>first</li><li>second</li></ol><p><i>it</i> <strong>bold</strong></p><table><tr><th>Year</th><th>Revenue (€m)</th></tr><tr><td>2024</td><td>12</td></tr></table>');
    expect(markdown).toBe('## Sub\n\n- one\n\n1. first\n2. second\n\n*it* **bold**\n\n| Year | Revenue (€m) |\n| ---- | ------------ |\n| 2024 | 12           |\n');
  });
});
