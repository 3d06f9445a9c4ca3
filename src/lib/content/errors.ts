import { isAbsolute, relative } from 'node:path';

/** A path as an editor finds it: relative to the project folder when it lies inside, else as given. */
export function contentPath(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

/** Where in a content file a problem is, in the shape Vite and Astro print as "Location:" (line from 1). */
export interface ContentLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A content problem that stops the build, worded so an editor can find and fix it:
 * `<file>: field "<field>": <problem>`, the problem echoing the value at fault.
 */
export class ContentError extends Error {
  /** Path of the offending file, relative to the project when inside it. */
  readonly file: string;
  /** The offending line, so Astro's error report points into the content file, not at this code. */
  readonly loc: ContentLocation;

  /**
   * @param file path of the offending file; @param field the frontmatter field (or `body`, `id`);
   * @param line the field's line in the file, when known.
   */
  constructor(
    file: string,
    readonly field: string,
    readonly problem: string,
    line = 1,
  ) {
    const shown = contentPath(file);
    super(`${shown}: field "${field}": ${problem}`);
    this.name = 'ContentError';
    this.file = shown;
    this.loc = { file: shown, line, column: 1 };
  }
}

/** Every problem found in one content file, one per line, so an editor can fix them in one go. */
export class ContentErrors extends Error {
  /** Where the first problem is. */
  readonly loc: ContentLocation;

  constructor(readonly problems: readonly [ContentError, ...ContentError[]]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'ContentError';
    this.loc = problems[0].loc;
  }
}
