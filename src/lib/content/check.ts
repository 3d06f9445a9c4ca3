import type { z } from 'astro/zod';
import { closestName } from './closest';
import { ContentError, ContentErrors } from './errors';
import type { Frontmatter } from './schema';
import { writtenFields, type WrittenField } from './writtenFields';

const MAX_ECHO = 80;

/** A value as the editor will recognise it: text in quotes, a date as written, long values cut. */
function echo(value: unknown, written: WrittenField | undefined): string {
  const shown = value instanceof Date && written ? JSON.stringify(written.value) : JSON.stringify(value);
  return shown.length > MAX_ECHO ? `${shown.slice(0, MAX_ECHO - 1)}…` : shown;
}

/** What YAML made of a value that should have been text. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a yes/no value';
  return 'a group of fields';
}

/** The problem with one field, worded from the first issue zod found there. */
function fieldProblem(issue: z.ZodIssue, field: z.ZodTypeAny | undefined, key: string, value: unknown, written: WrittenField | undefined): string {
  const what = field?.description;
  const give = what ? `: give ${what}` : '';
  if (value === undefined) return `missing${what ? `: add ${what}` : ''}`;
  if (value === null || issue.code === 'too_small') return `is empty${give}${field?.isOptional() ? ', or remove the line' : ''}`;
  if (issue.code === 'invalid_type') {
    const scalar = typeof value === 'number' || typeof value === 'boolean' || value instanceof Date;
    const fix = scalar && written ? `: put it in quotes, ${key}: "${written.value}"` : give;
    return `${echo(value, written)} is ${kindOf(value)}, not text${fix}`;
  }
  return `${echo(value, written)} ${issue.message}`;
}

/** The problem with a field the schema does not know, naming the field most likely meant. */
function unknownFieldProblem(frontmatter: Frontmatter, key: string, value: unknown, written: WrittenField | undefined): string {
  const known = Object.keys(frontmatter.schema.shape);
  const meant = frontmatter.aliases[key.toLowerCase()] ?? closestName(key, known);
  const lost = `not a field of ${frontmatter.noun}, so ${echo(value, written)} would be lost`;
  return meant ? `${lost}; did you mean "${meant}"? (fields: ${known.join(', ')})` : `${lost} (fields: ${known.join(', ')})`;
}

/**
 * Checks one content file's frontmatter against its kind's schema and returns the checked data.
 * Throws {@link ContentErrors} naming every field at fault, in file order, one problem each: a field
 * missing, empty, of the wrong type, or written in the wrong form (its value echoed, with an example
 * of the right form), and a field the schema does not know (with the field most likely meant).
 *
 * @param data the frontmatter as YAML read it.
 * @param readSource the file's text; read only when there is a problem, to echo values as written.
 */
export function parseFrontmatter<Schema extends z.AnyZodObject>(
  frontmatter: Frontmatter<Schema>,
  data: unknown,
  file: string,
  readSource: () => string,
): z.output<Schema> {
  const result = frontmatter.schema.safeParse(data);
  if (result.success) return result.data;
  const fields = (data ?? {}) as Record<string, unknown>;
  const written = new Map(writtenFields(readSource()).map((field) => [field.key, field]));
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.set(key, unknownFieldProblem(frontmatter, key, fields[key], written.get(key)));
      continue;
    }
    const key = issue.path[0];
    if (key === undefined) {
      problems.set('frontmatter', 'is not a list of "field: value" lines');
    } else if (!problems.has(String(key))) {
      const name = String(key);
      problems.set(name, fieldProblem(issue, frontmatter.schema.shape[name], name, fields[name], written.get(name)));
    }
  }
  const line = (key: string) => written.get(key)?.line;
  const inFileOrder = [...problems].sort(([a], [b]) => (line(a) ?? Infinity) - (line(b) ?? Infinity));
  const [first, ...rest] = inFileOrder.map(([key, problem]) => new ContentError(file, key, problem, line(key)));
  throw new ContentErrors([first!, ...rest]);
}
