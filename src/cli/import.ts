// `npm run import -- <file.html | URL> [--story <story-id> | --new-story "<title>"] [--id <article-id>]
//                    [--outlet "<name>"] [--dry-run] [--force]`
//
// Adds one report to the site from a saved web page or a URL: reads the page, finds the article,
// converts it to Markdown, fills the frontmatter from the page's own metadata (printing where each
// field came from), checks it with the content schema, and writes content/articles/<story>/<id>.md.
// Nothing is written when anything is wrong; the exit code is then 1 (2 for a wrong command line).
// See src/lib/import/ for the stages.
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RESERVED_ARTICLE_IDS, slugify } from '../lib/content/articleLoader';
import { contentPath, ContentErrors } from '../lib/content/errors';
import { ImportError } from '../lib/import/errors';
import { isUrl, readPage, type ReadPageOptions } from '../lib/import/fetch';
import { articleData, checkArticle, checkStory, contentFile, DEFAULT_LANGUAGE } from '../lib/import/frontmatter';
import { IMPORTED_FIELDS, importPage, type ImportedArticle } from '../lib/import/pipeline';
import { newStoryData, newStoryId, proposeStories, readStories, type KnownStory, type StoryProposal } from '../lib/import/story';
import { writeFiles, checkWritable, type PlannedFile } from '../lib/import/write';

/** What the command was asked to do. */
export interface ImportCommand {
  /** A saved page's path or an http(s) URL. */
  input: string;
  /** Existing story id (`--story`). */
  story?: string | undefined;
  /** Title of a new story (`--new-story`). */
  newStory?: string | undefined;
  /** Article id (`--id`); default the outlet's slug. */
  id?: string | undefined;
  /** Outlet name for a page that does not state one (`--outlet`). */
  outlet?: string | undefined;
  /** Print what would be written, write nothing (`--dry-run`). */
  dryRun: boolean;
  /** Replace an article file that exists (`--force`). */
  force: boolean;
}

/** Where the command reads and writes, and how it talks; tests pass their own. */
export interface ImportEnvironment {
  /** Content folder, with `stories/` and `articles/`. */
  contentDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether a person is at the terminal to answer a question. */
  interactive: boolean;
  /** Asks a question and returns the answer (used only when interactive). */
  ask?: ((question: string) => Promise<string>) | undefined;
  /** Limits for reading the page (tests shorten the fetch timeout). */
  read?: ReadPageOptions;
  /** Folder a relative page path is read from (npm runs scripts in the project folder; this is where the editor typed the command). */
  inputDir?: string | undefined;
}

export const USAGE = `Usage: npm run import -- <file.html | URL> [--story <story-id> | --new-story "<title>"] [--id <article-id>] [--outlet "<name>"] [--dry-run] [--force]

  <file.html | URL>     a saved web page (up to 10 MB) or an http(s) address (fetched within 20 s)
  --story <story-id>    add the article to this story (a file in content/stories/)
  --new-story "<title>" create the story content/stories/YYYY-MM-DD-<slug>.md from the published day
  --id <article-id>     the article's file name; default the outlet's name as a slug
  --outlet "<name>"     the outlet, for a page that does not state it
  --dry-run             print what would be written; write nothing
  --force               replace an article file that already exists

With neither --story nor --new-story, the stories sharing the most facts with the article are
proposed; at a terminal you choose one, otherwise give the flag.`;

/** Reads the command line; a string is a usage error. */
export function parseImportArgs(argv: readonly string[]): ImportCommand | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        story: { type: 'string' },
        'new-story': { type: 'string' },
        id: { type: 'string' },
        outlet: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.help) return '';
  if (positionals.length !== 1) return positionals.length ? `give one page, not ${positionals.length}` : 'give a saved page or a URL';
  if (values.story !== undefined && values['new-story'] !== undefined) return 'give --story or --new-story, not both';
  if (values['new-story'] !== undefined && !values['new-story'].trim()) return '--new-story needs a title';
  return {
    input: positionals[0]!,
    story: values.story,
    newStory: values['new-story'],
    id: values.id,
    outlet: values.outlet,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
  };
}

/** What to do when the page does not state a required field. */
const CONTENT_HINTS: Record<string, string> = {
  outlet: 'the page states no outlet (no JSON-LD publisher.name, no og:site_name): give it with --outlet "<name>"',
  title: 'the page states no headline (no JSON-LD headline, no og:title, no <h1>): is this the article’s own page?',
  published: 'the page states no publication date (no JSON-LD datePublished, no article:published_time, no <time datetime>): is this the article’s own page?',
};

/** Runs an import; returns the exit code (0 done, 1 refused, nothing written). */
export async function runImport(command: ImportCommand, env: ImportEnvironment): Promise<number> {
  try {
    await importInto(command, env);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      env.err(`error: ${error.message}`);
      if (error.hint) env.err(`  ${error.hint}`);
    } else if (error instanceof ContentErrors) {
      for (const problem of error.problems) {
        env.err(`error: ${problem.message}`);
        const hint = CONTENT_HINTS[problem.field];
        if (hint && problem.problem.startsWith('missing')) env.err(`  ${hint}`);
      }
    } else {
      throw error;
    }
    env.err('Nothing was written.');
    return 1;
  }
}

async function importInto(command: ImportCommand, env: ImportEnvironment): Promise<void> {
  // read → parse → metadata → live-blog → noise → body → markdown
  const input = isUrl(command.input) || !env.inputDir ? command.input : resolve(env.inputDir, command.input);
  const page = await readPage(input, env.read);
  env.out(`Read ${isUrl(page.source) ? page.source : contentPath(page.source)} (${formatBytes(page.bytes)})`);
  const article = importPage(page, { outlet: command.outlet });
  report(article, env);

  // The page's own fields, checked with the schema before anything is asked: an outlet, a headline, a date.
  const pageData = articleData(command.story ?? 'story-to-be-chosen', article.fields);
  checkArticle(pageData, page.source, contentFile(pageData, article.body));

  const id = articleId(command, article, page.source);
  const stories = readStories(env.contentDir);
  const { storyId, storyFile } = await chooseStory(command, article, stories, env, page.source);

  const path = join(env.contentDir, 'articles', storyId, `${id}.md`);
  const data = articleData(storyId, article.fields);
  const text = contentFile(data, article.body);
  checkArticle(data, path, text);
  const sameId = stories.find((s) => s.id === storyId)?.articles.find((a) => a.id === id && relative(a.file, path) !== '');
  if (sameId) {
    throw new ImportError(path, `article id "${id}" is already used in this story by ${contentPath(sameId.file)}`, { stage: 'write', field: 'id', hint: 'choose another id with --id' });
  }

  const files: PlannedFile[] = [];
  if (storyFile) files.push(storyFile);
  files.push({ path, text, kind: 'article', replaceable: true, existsHint: 'run again with --force to replace it, or choose another id with --id' });
  checkWritable(files, { force: command.force });

  if (command.dryRun) {
    for (const file of files) env.out(`\nWould write ${contentPath(file.path)}:\n${file.text}`);
    env.out('Dry run: nothing was written.');
    return;
  }
  for (const written of writeFiles(files, { force: command.force })) env.out(`Wrote ${contentPath(written)}`);
  env.out('Next: npm run dev to preview, or npm run build.');
}

/** The article id: `--id`, else the outlet's slug; never a reserved route name. */
function articleId(command: ImportCommand, article: ImportedArticle, source: string): string {
  const given = command.id;
  if (given !== undefined) {
    if (slugify(given) !== given) {
      throw new ImportError(source, `"${given}" is not an article id: use lower-case letters, digits and hyphens${slugify(given) ? `, e.g. ${slugify(given)}` : ''}`, { stage: 'frontmatter', field: 'id' });
    }
  }
  const id = given ?? slugify(article.fields.outlet?.value ?? '');
  if (!id) throw new ImportError(source, 'the outlet has no letters or digits to make an id from', { stage: 'frontmatter', field: 'id', hint: 'give one with --id' });
  if ((RESERVED_ARTICLE_IDS as readonly string[]).includes(id)) {
    throw new ImportError(source, `"${id}" is reserved for a story page route`, { stage: 'frontmatter', field: 'id', hint: 'give another with --id' });
  }
  return id;
}

/** The story: `--story` (must exist), `--new-story` (a story file to write), or a proposal the editor picks. */
async function chooseStory(
  command: ImportCommand,
  article: ImportedArticle,
  stories: KnownStory[],
  env: ImportEnvironment,
  source: string,
): Promise<{ storyId: string; storyFile?: PlannedFile }> {
  const known = () => stories.map((s) => `"${s.id}"`).join(', ') || 'none';
  if (command.story !== undefined) {
    if (!stories.some((s) => s.id === command.story)) {
      throw new ImportError(source, `no story "${command.story}" exists (known stories: ${known()})`, {
        stage: 'story',
        field: 'story',
        hint: `create it with --new-story "<title>", or add content/stories/${command.story}.md`,
      });
    }
    return { storyId: command.story };
  }
  const choice = command.newStory ?? (await askForStory(article, stories, env, source));
  if (typeof choice !== 'string') return { storyId: choice.id };
  return newStory(choice, article, source, stories, env.contentDir);
}

/** The story file for `--new-story "<title>"`, dated by the article's published day in its own offset. */
function newStory(title: string, article: ImportedArticle, source: string, stories: KnownStory[], contentDir: string): { storyId: string; storyFile: PlannedFile } {
  const published = article.fields.published?.value;
  if (!published) throw new ImportError(source, 'the page does not state when it was published, so a new story has no day', { stage: 'story', field: 'published', hint: 'add the story by hand in content/stories/ and use --story' });
  const storyId = newStoryId(title, published);
  const data = newStoryData(title, published);
  const existing = stories.find((s) => s.id === storyId);
  const path = existing?.file ?? join(contentDir, 'stories', `${storyId}.md`);
  const text = contentFile(data);
  checkStory(data, path, text);
  if (existing) {
    throw new ImportError(path, `the story "${storyId}" already exists`, { stage: 'story', field: 'story', hint: `add the article to it with --story ${storyId}` });
  }
  return { storyId, storyFile: { path, text, kind: 'story', replaceable: false, existsHint: `add the article to it with --story ${storyId}` } };
}

/** Proposes stories; asks at a terminal, else requires the flag. Returns an existing story, or a new story's title. */
async function askForStory(article: ImportedArticle, stories: KnownStory[], env: ImportEnvironment, source: string): Promise<KnownStory | string> {
  const proposals = proposeStories({ body: article.body, published: article.fields.published?.value }, stories);
  if (proposals.length) {
    env.out('\nStories that share facts with this article:');
    proposals.forEach((p, i) => env.out(`  ${i + 1}. ${describeProposal(p)}`));
  } else {
    env.out('\nNo story in the content folder shares facts with this article.');
  }
  const flags = `--story <story-id> or --new-story "<title>"`;
  if (!env.interactive || !env.ask) {
    const best = proposals[0] ? `, e.g. --story ${proposals[0].story.id}` : '';
    throw new ImportError(source, `choose the story: run again with ${flags}${best}`, { stage: 'story', field: 'story' });
  }
  const range = proposals.length ? `1-${proposals.length}, ` : '';
  const answer = (await env.ask(`Add it to which story? ${range}n for a new story, or Enter to stop: `)).trim();
  const chosen = proposals[Number(answer) - 1];
  if (/^\d+$/.test(answer) && chosen) return chosen.story;
  if (/^n(ew)?$/i.test(answer)) {
    const title = (await env.ask('Title of the new story: ')).trim();
    if (title) return title;
  }
  throw new ImportError(source, `no story chosen; run again and choose one, or give ${flags}`, { stage: 'story', field: 'story' });
}

/** One line per proposal: id, title, day, and what is shared. */
export function describeProposal(p: StoryProposal): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const shared = [count(p.people.length, 'person', 'people'), count(p.dates.length, 'date', 'dates'), count(p.figures.length, 'figure', 'figures')].join(', ');
  const day = p.dayDistance === undefined ? '' : `; event day ${count(p.dayDistance, 'day', 'days')} from publication`;
  const names = p.people.length ? ` (${p.people.slice(0, 4).join(', ')}${p.people.length > 4 ? ', …' : ''})` : '';
  return `${p.story.id}: "${p.story.title}" (${p.story.date}): ${shared}${names}${day}`;
}

/** Prints each field with its source, what lower sources said instead, and what the noise stage dropped. */
function report(article: ImportedArticle, env: ImportEnvironment): void {
  env.out('Frontmatter (field: value ← source):');
  for (const field of IMPORTED_FIELDS) {
    const reading = article.fields[field];
    if (!reading) continue;
    const over = reading.overruled.map((o) => `${o.source} ${o.detail}: ${JSON.stringify(o.value)}`);
    const wins = over.length ? `; wins over ${over.join(', ')}` : '';
    const unwritten = field === 'language' && reading.value === DEFAULT_LANGUAGE ? ' (the default, so not written)' : '';
    env.out(`  ${field}: ${reading.value} ← ${reading.source} (${reading.detail})${wins}${unwritten}`);
  }
  const missing = IMPORTED_FIELDS.filter((f) => !article.fields[f]);
  if (missing.length) env.out(`  not stated by the page, left out: ${missing.join(', ')}`);
  for (const refused of article.refused) env.out(`  ignored: ${refused.source} ${refused.detail} ${JSON.stringify(refused.value)} ${refused.reason}`);
  if (article.metadata.brokenJsonLd) env.out(`  ignored: ${article.metadata.brokenJsonLd} JSON-LD block(s) that are not valid JSON`);

  const blocks = article.body.split('\n\n').filter(Boolean);
  const headings = blocks.filter((b) => b.startsWith('#')).length;
  const lists = blocks.filter((b) => /^(- |\d+\. )/.test(b)).length;
  const paragraphs = blocks.length - headings - lists;
  const dropped = Object.entries(article.noise).map(([rule, n]) => `${rule} ${n}`);
  env.out(`Body: ${plural(paragraphs, 'paragraph')}, ${plural(headings, 'heading')}, ${plural(lists, 'list')}${article.liveBlogEntries ? ` (${article.liveBlogEntries} live-blog entries)` : ''}`);
  if (dropped.length) env.out(`  dropped: ${dropped.join(', ')}`);
  for (const line of article.removed) env.out(`  lifted out of the body: ${JSON.stringify(line)}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The command: parses `argv`, runs the import, returns the exit code. */
export async function main(argv: readonly string[], env: ImportEnvironment): Promise<number> {
  const command = parseImportArgs(argv);
  if (typeof command === 'string') {
    if (command) env.err(`error: ${command}\n`);
    (command ? env.err : env.out)(USAGE);
    return command ? 2 : 0;
  }
  return runImport(command, env);
}

/** The environment of a real run: the content folder the site builds from, the terminal. */
export function processEnvironment(): ImportEnvironment & { close: () => void } {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  return {
    // The same variable src/content.config.ts reads, so an import goes where the build looks.
    contentDir: process.env.PARALLAX_CONTENT_DIR ?? 'content',
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    interactive,
    ask: prompt && ((question) => prompt.question(question)),
    // npm runs the script in the project folder and records where it was typed in INIT_CWD.
    inputDir: process.env.INIT_CWD,
    close: () => prompt?.close(),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = processEnvironment();
  try {
    process.exitCode = await main(process.argv.slice(2), env);
  } finally {
    env.close();
  }
}
