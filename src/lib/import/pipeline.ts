// A page to an article: the stages from "parse" to "markdown", in order. Reading the page (fetch.ts),
// choosing the story (story.ts), checking the frontmatter (frontmatter.ts) and writing (write.ts)
// are the command's other stages (src/cli/import.ts).
import { assertArticlePage, extractBody } from './body';
import { parseDocument } from './dom';
import type { Page } from './fetch';
import { markLiveBlogEntries } from './liveblog';
import { bodyToMarkdown } from './markdown';
import { readMetadata, type MetadataCandidate, type MetadataSource, type PageMetadata, type RefusedCandidate } from './metadata';
import { removeNoise, type NoiseReport } from './noise';

/** Where a frontmatter value came from: a metadata source, the body (dateline, credit, an `<h1>`), or a command-line flag. */
export type FieldSource = MetadataSource | 'flag';

/** The article fields an import can fill (all but `story`). */
export const IMPORTED_FIELDS = ['outlet', 'title', 'published', 'url', 'byline', 'dateline', 'credit', 'language'] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

/** One field's value and its provenance. */
export interface FieldValue {
  value: string;
  source: FieldSource;
  /** The property or element it was read from: `publisher.name`, `og:title`, `first paragraph`, `--outlet`. */
  detail: string;
  /** Lower-precedence sources that gave a different value. */
  overruled: MetadataCandidate[];
}

/** Options for {@link importPage}. */
export interface ImportPageOptions {
  /** The outlet's name given by the editor (`--outlet`), for a page that does not state it; the page's own wins when it has one. */
  outlet?: string | undefined;
}

/** A page turned into an article: its fields with their sources, its Markdown body, and what was dropped. */
export interface ImportedArticle {
  fields: Partial<Record<ImportedField, FieldValue>>;
  /** The body in Markdown, ending in one newline. */
  body: string;
  metadata: PageMetadata;
  /** Values found but refused (bad date, relative address, …). */
  refused: RefusedCandidate[];
  /** Elements removed per noise rule. */
  noise: NoiseReport;
  /** Live-blog entries given a time heading. */
  liveBlogEntries: number;
  /** Paragraphs lifted out of the body: repeated bylines and timestamps, the contribution line. */
  removed: string[];
}

/**
 * Runs the stages parse → metadata → live-blog → noise → body → markdown on a page. Throws
 * {@link ImportError} when the page has no article body.
 */
export function importPage(page: Page, options: ImportPageOptions = {}): ImportedArticle {
  const document = parseDocument(page.html);
  const base = document.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  const metadata = readMetadata(document, { baseUrl: absolute(base) ?? page.url });
  assertArticlePage(document, page.source);
  const liveBlog = markLiveBlogEntries(document);
  const noise = removeNoise(document, { titles: metadata.titles });
  const body = extractBody(document, page.source);

  const fields: ImportedArticle['fields'] = {};
  for (const [field, reading] of Object.entries(metadata.fields)) {
    fields[field as ImportedField] = { value: reading.value, source: reading.source, detail: reading.detail, overruled: reading.overruled };
  }
  if (!fields.outlet && options.outlet?.trim()) fields.outlet = { value: options.outlet.trim(), source: 'flag', detail: '--outlet', overruled: [] };

  // Relative links resolve against the page's own address: <base href>, the address fetched, or the one it states.
  const baseUrl = absolute(base) ?? page.url ?? fields.url?.value;
  const markdown = bodyToMarkdown(body.html, { outlet: fields.outlet?.value, byline: fields.byline?.value, baseUrl });
  if (markdown.dateline) fields.dateline = { value: markdown.dateline, source: 'body', detail: 'first paragraph', overruled: [] };
  if (markdown.credit) fields.credit = { value: markdown.credit, source: 'body', detail: 'contribution line', overruled: [] };

  return {
    fields,
    body: markdown.markdown,
    metadata,
    refused: metadata.refused,
    noise,
    liveBlogEntries: liveBlog.entries,
    removed: markdown.removed,
  };
}

function absolute(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
