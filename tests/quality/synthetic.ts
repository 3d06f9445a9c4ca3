// Synthetic news content for the 1 MB fixture and the scale benchmark: paragraphs of real reports
// (the seed story and the extraction fixtures) recombined, with people's names and every number
// varied, so extraction and comparison do the work they do on real articles. Deterministic: the
// same seed gives the same site.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Story } from '../../src/lib/content/library';
import { ROOT } from '../support/site';
import { random } from '../support/random';

/** Where source paragraphs are read from: every Markdown report in these folders (recursively). */
const SOURCES = ['content/articles', 'tests/fixtures/extraction'];

const FIRST = ['Maria', 'James', 'Aisha', 'Tomás', 'Wei', 'Olga', 'Samuel', 'Priya', 'Kwame', 'Elena', 'Jonas', 'Fatima', 'Diego', 'Hannah', 'Yusuf', 'Ingrid'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Nakamura', 'Brennan', 'Haddad', 'Kowalski', 'Ferreira', 'Abernathy', 'Mensah', 'Varga', 'Delacroix', 'Whitcombe', 'Ostrowski', 'Quintero'];
const OUTLETS = ['Harbor Times', 'Valley Courier', 'Metro Wire', 'Northern Ledger', 'Coastal Radio', 'Capital Post'];

/** Body paragraphs (Markdown blocks) of every source report. */
export function sourceParagraphs(): string[] {
  return SOURCES.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
      .flatMap((file) =>
        readFileSync(join(ROOT, folder, file), 'utf8')
          .replace(/^---[\s\S]*?\n---\n/, '')
          .split(/\n\s*\n/)
          .map((block) => block.trim())
          .filter((block) => block.length > 0),
      ),
  );
}

const MONTH_BEFORE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? $/;

/**
 * A paragraph with the last two words of each run of capitalised words (a name after its title,
 * mostly) swapped for a name from the lists (the same swap throughout `names`) and its quantities scaled by a random factor, keeping their format; years
 * and days of the month stay, so dates still read as dates.
 */
function vary(paragraph: string, next: () => number, names: Map<string, string>): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return paragraph
    .replace(/\b((?:[A-Z][a-z]+ )*)([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g, (_run, title: string, name: string) => {
      if (!names.has(name)) names.set(name, `${pick(FIRST)} ${pick(LAST)}`);
      return title + names.get(name)!;
    })
    .replace(/\d[\d,]*(\.\d+)?/g, (number: string, fraction: string | undefined, offset: number, text: string) => {
      if (/^(19|20)\d\d$/.test(number) || MONTH_BEFORE.test(text.slice(Math.max(0, offset - 12), offset))) return number;
      const value = Number(number.replace(/,/g, '')) * (0.5 + next());
      if (fraction) return value.toFixed(fraction.length - 1);
      const whole = Math.max(1, Math.round(value));
      return number.includes(',') ? whole.toLocaleString('en-US') : String(whole);
    });
}

/** One synthetic story with `articles` reports of `paragraphs` paragraphs each, numbered `index`. */
export function syntheticStory(pool: string[], index: number, articles: number, paragraphs: number, next: () => number): Story {
  const id = `story-${String(index).padStart(4, '0')}`;
  const date = new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  const names = new Map<string, string>();
  // Reports of one event share most of their paragraphs, as real coverage does, so comparison finds matches.
  const core = Array.from({ length: paragraphs }, () => pool[Math.floor(next() * pool.length)]!);
  const story: Story = { id, title: `Synthetic event ${index}`, date, note: '', file: `stories/${id}.md`, articles: [] };
  for (let a = 0; a < articles; a++) {
    const outlet = OUTLETS[(index + a) % OUTLETS.length]!;
    const body = core.map((p) => vary(next() < 0.3 ? pool[Math.floor(next() * pool.length)]! : p, next, names)).join('\n\n');
    const articleId = outlet.toLowerCase().replace(/\s+/g, '-');
    story.articles.push({ id: articleId, story: id, outlet, title: `${outlet} report on event ${index}`, published: date, language: 'en', body, file: `articles/${id}/${articleId}.md` } satisfies Article);
  }
  return story;
}

/** A report body of at least `bytes` bytes of UTF-8, from varied source paragraphs. */
export function longBody(pool: string[], bytes: number, next: () => number): string {
  const names = new Map<string, string>();
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = vary(pool[Math.floor(next() * pool.length)]!, next, names);
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

/** Writes stories as a content folder (`stories/`, `articles/`) that `buildSite({ contentDir })` builds. */
export function writeContent(dir: string, stories: Story[]): void {
  for (const story of stories) {
    mkdirSync(join(dir, 'stories'), { recursive: true });
    writeFileSync(join(dir, 'stories', `${story.id}.md`), `---\ntitle: "${story.title}"\ndate: ${story.date}\n---\n`);
    mkdirSync(join(dir, 'articles', story.id), { recursive: true });
    for (const article of story.articles) {
      const front = `---\nstory: ${story.id}\noutlet: "${article.outlet}"\ntitle: "${article.title}"\npublished: ${article.published}\nlanguage: ${article.language}\n---\n\n`;
      writeFileSync(join(dir, 'articles', story.id, `${article.id}.md`), front + article.body + '\n');
    }
  }
}
