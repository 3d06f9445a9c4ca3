// Stage "write": the content files of an import, all checked before any is written. A file that
// exists is refused unless forced; each file is written whole (to a temporary file, then renamed),
// so an interrupted import never leaves half a file behind.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ImportError } from './errors';

/** One file to write. */
export interface PlannedFile {
  path: string;
  text: string;
  /** `article` or `story`, for messages. */
  kind: 'article' | 'story';
  /** What to say when the file exists and may not be replaced. */
  existsHint: string;
  /** Whether `--force` may replace it. */
  replaceable: boolean;
}

/** Options for {@link writeFiles}. */
export interface WriteOptions {
  /** Replace files that exist (`--force`). */
  force?: boolean;
}

/** Throws {@link ImportError} for the first planned file that exists and may not be replaced; writes nothing. */
export function checkWritable(files: readonly PlannedFile[], options: WriteOptions = {}): void {
  for (const file of files) {
    if (!existsSync(file.path)) continue;
    if (options.force && file.replaceable) continue;
    throw new ImportError(file.path, `the ${file.kind} file already exists`, { stage: 'write', field: file.kind === 'article' ? 'id' : undefined, hint: file.existsHint });
  }
}

/** Writes the files after {@link checkWritable} passes; returns their paths. */
export function writeFiles(files: readonly PlannedFile[], options: WriteOptions = {}): string[] {
  checkWritable(files, options);
  const written: string[] = [];
  const created: string[] = [];
  for (const file of files) {
    const temporary = `${file.path}.import-${process.pid}.tmp`;
    try {
      const isNew = !existsSync(file.path);
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(temporary, file.text, 'utf8');
      renameSync(temporary, file.path);
      written.push(file.path);
      if (isNew) created.push(file.path);
    } catch (error) {
      rmSync(temporary, { force: true });
      // Nothing half-done: files this import created go again.
      for (const path of created) rmSync(path, { force: true });
      throw new ImportError(file.path, `cannot be written: ${(error as Error).message}`, { stage: 'write', cause: error });
    }
  }
  return written;
}
