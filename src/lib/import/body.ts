// Stage "body": Mozilla's Readability finds the article in what the noise stage left, the same
// algorithm as Firefox's reader view. A page without one (a section front, a list of teasers, a
// page of navigation) is refused rather than imported as nonsense.
import { Readability } from '@mozilla/readability';
import { parseDocument, textOf } from './dom';
import { ImportError } from './errors';
import { inNoise } from './noise';

/** Options for {@link extractBody}. */
export interface ExtractBodyOptions {
  /** Fewest characters of paragraph text an article may have; default 200. */
  minTextLength?: number;
  /** Most headings that are links to other pages an article may have before it counts as a list of teasers; default 1. */
  maxLinkedHeadings?: number;
}

/** The article's body as HTML, and how much text it holds. */
export interface ArticleBody {
  html: string;
  /** Characters of text in its paragraphs, list items and headings. */
  textLength: number;
}

const NO_BODY = 'no article body found';
const NO_BODY_HINT = 'this page does not hold one article (is it a section front, a search page or a list of stories?); save or give the address of the article itself';

/** Options for {@link assertArticlePage}. */
export interface ArticlePageOptions {
  /** Most story teasers (see {@link assertArticlePage}) a page may show outside its furniture; default 1. */
  maxTeasers?: number;
}

/**
 * Refuses a page that lists stories instead of holding one: a section front, a tag page, search
 * results. Run it on the page as loaded, before the noise stage removes the teasers' headers. A
 * teaser is an `<article>` whose heading is wholly a link to another page; teasers in related
 * boxes, asides and other furniture do not count. Throws {@link ImportError} "no article body found".
 */
export function assertArticlePage(document: Document, source: string, options: ArticlePageOptions = {}): void {
  const maxTeasers = options.maxTeasers ?? 1;
  const teasers = [...document.querySelectorAll('article')].filter((article) => {
    const headings = [...article.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const linked = headings.some((h) => {
      const links = [...h.querySelectorAll('a[href]')];
      return links.length > 0 && links.map(textOf).join(' ') === textOf(h);
    });
    return linked && !inNoise(article);
  });
  if (teasers.length > maxTeasers) throw new ImportError(source, NO_BODY, { stage: 'body', hint: NO_BODY_HINT });
}

/**
 * Extracts the article body from a page. Readability changes the document it reads, so pass a
 * document that is not needed afterwards. Throws {@link ImportError} "no article body found".
 *
 * @param source the file or URL, for the message.
 */
export function extractBody(document: Document, source: string, options: ExtractBodyOptions = {}): ArticleBody {
  const minText = options.minTextLength ?? 200;
  const maxLinkedHeadings = options.maxLinkedHeadings ?? 1;
  const noBody = () => new ImportError(source, NO_BODY, { stage: 'body', hint: NO_BODY_HINT });

  const result = new Readability(document, { keepClasses: false }).parse();
  const html = result?.content ?? '';
  if (!html.trim()) throw noBody();

  const found = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...found.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote')];
  const textLength = blocks.filter((b) => !b.querySelector('p, li')).reduce((n, b) => n + textOf(b).length, 0);
  // Teasers: headings whose whole text is a link to another page.
  const linkedHeadings = [...found.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => {
    const links = [...h.querySelectorAll('a[href]')];
    return links.length > 0 && links.map(textOf).join(' ') === textOf(h);
  });
  if (textLength < minText || linkedHeadings.length > maxLinkedHeadings) throw noBody();
  return { html, textLength };
}
