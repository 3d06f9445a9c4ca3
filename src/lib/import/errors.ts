// What goes wrong while importing a page, worded like the content errors (src/lib/content/errors.ts):
// `<source>: <problem>` or `<source>: field "<field>": <problem>`, so an editor sees at once which
// file or address, and which field, is at fault.
import { contentPath } from '../content/errors';

/** The named stages of an import, in the order they run. */
export const IMPORT_STAGES = [
  /** Read the saved page or fetch the URL (size and timeout limits, HTML check). */
  'read',
  /** Parse the HTML into a DOM. */
  'parse',
  /** Read the page's own metadata: JSON-LD, Open Graph, meta tags, <time>, canonical link, lang. */
  'metadata',
  /** Turn time-stamped live-blog entries into headed sections. */
  'live-blog',
  /** Remove page furniture: ads, related links, share and newsletter boxes, captions, navigation. */
  'noise',
  /** Find the article body with Readability. */
  'body',
  /** Convert the body to Markdown; lift out a repeated byline, the dateline and the contribution line. */
  'markdown',
  /** Choose the story: given, new, or proposed from shared facts. */
  'story',
  /** Assemble the frontmatter and check it against the content schema. */
  'frontmatter',
  /** Write the content files. */
  'write',
] as const;

/** One stage of an import. */
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** Options for {@link ImportError}. */
export interface ImportErrorOptions {
  /** The frontmatter field at fault, when there is one. */
  field?: string;
  /** The stage that failed. */
  stage: ImportStage;
  /** What the editor can do about it, printed on its own line after the message. */
  hint?: string;
  cause?: unknown;
}

/** An import that cannot go on: nothing is written, and the command exits with a non-zero code. */
export class ImportError extends Error {
  /** The file or URL at fault, as the editor gave it (a path relative to the project when inside it). */
  readonly source: string;
  readonly field: string | undefined;
  readonly stage: ImportStage;
  readonly hint: string | undefined;

  /**
   * @param source the page file, the URL, or the content file that would be written.
   * @param problem what is wrong and, where there is one, the fix.
   */
  constructor(
    source: string,
    readonly problem: string,
    options: ImportErrorOptions,
  ) {
    const shown = /^https?:\/\//i.test(source) ? source : contentPath(source);
    super(options.field ? `${shown}: field "${options.field}": ${problem}` : `${shown}: ${problem}`, { cause: options.cause });
    this.name = 'ImportError';
    this.source = shown;
    this.field = options.field;
    this.stage = options.stage;
    this.hint = options.hint;
  }
}
