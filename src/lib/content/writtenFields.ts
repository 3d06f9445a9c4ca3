/** One top-level field of a Markdown file's frontmatter as written: its `key: value` line and any lines that continue it. */
export interface WrittenField {
  key: string;
  /** Line of the key in the file, counting from 1. */
  line: number;
  /** The value as written, its lines joined by single spaces; empty for a bare `key:`. */
  value: string;
}

const KEY = /^([A-Za-z_][\w.-]*)\s*:(?=\s|$)\s*(.*)$/;
const END = /^(---|\.\.\.)\s*$/;

/**
 * The top-level fields of the YAML frontmatter at the top of `source`, in file order. Read line by
 * line, not as YAML, so it also works on frontmatter that YAML refuses. Empty without frontmatter.
 */
export function writtenFields(source: string): WrittenField[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const fields: WrittenField[] = [];
  for (let i = 1; i < lines.length && !END.test(lines[i]!); i++) {
    const line = lines[i]!;
    const key = KEY.exec(line);
    const last = fields.at(-1);
    if (key) fields.push({ key: key[1]!, line: i + 1, value: key[2]!.trim() });
    else if (last && line.trim() && !line.trimStart().startsWith('#')) last.value = `${last.value} ${line.trim()}`.trim();
  }
  return fields;
}
