/** A content problem that stops the build, worded so an editor can find and fix it: file, field, what is wrong. */
export class ContentError extends Error {
  /** @param file project-relative path of the offending file; @param field the frontmatter field (or `body`, `id`). */
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}
