import { ContentError } from './errors';
import { writtenFields, type WrittenField } from './writtenFields';

/** What Astro throws when a file's frontmatter is not valid YAML: YAML's reason, and the file and 0-based line it stopped at. */
interface FrontmatterSyntaxError {
  name: 'MarkdownError';
  message: string;
  loc: { file: string; line: number };
}

function isFrontmatterSyntaxError(error: unknown): error is FrontmatterSyntaxError {
  const { name, loc } = (error ?? {}) as Partial<FrontmatterSyntaxError>;
  return name === 'MarkdownError' && typeof loc?.file === 'string' && typeof loc.line === 'number';
}

// YAML reports an unclosed quote or bracket where the file ends, not where it was opened.
const UNCLOSED = /end of the stream|flow collection|missed comma/;
const CLOSER: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/** The closing character a value opens and never closes, if any. */
function unclosed(value: string): string | undefined {
  const closer = CLOSER[value[0] ?? ''];
  if (!closer) return undefined;
  return value.length > 1 && value.endsWith(closer) ? undefined : closer;
}

/** How to fix the line, when the reason and the line make it clear. */
function fix(reason: string, field: WrittenField): string {
  const closer = unclosed(field.value);
  if (UNCLOSED.test(reason) && closer) return `: close it with ${closer} at the end of the value`;
  if (/duplicated mapping key/.test(reason)) return `: the field is given twice; keep one`;
  if (/: /.test(field.value) && !CLOSER[field.value[0]!]) return `: a value containing ": " must be quoted, ${field.key}: "${field.value.replace(/"/g, '\\"')}"`;
  return '';
}

/**
 * The {@link ContentError} for a frontmatter that YAML refuses, naming the field where it goes
 * wrong and echoing its line, or undefined when `error` is something else.
 *
 * @param readSource reads the offending file's text.
 */
export function frontmatterSyntaxProblem(error: unknown, readSource: (file: string) => string): ContentError | undefined {
  if (!isFrontmatterSyntaxError(error)) return undefined;
  const { file, line } = error.loc;
  const reason = error.message;
  const upTo = writtenFields(readSource(file)).filter((field) => field.line <= line + 1);
  const field = (UNCLOSED.test(reason) && upTo.findLast((f) => unclosed(f.value))) || upTo.at(-1);
  if (!field) return new ContentError(file, 'frontmatter', `is not valid YAML (${reason})`, line + 1);
  return new ContentError(file, field.key, `line ${field.line}, ${field.key}: ${field.value}, is not valid YAML (${reason})${fix(reason, field)}`, field.line);
}
