// The command end to end, in-process with a scratch content folder: new stories, default ids, story
// proposals (asked at a terminal, required as a flag otherwise), dry runs, the command line, and one
// run of the real `npm run import` entry point for its exit code.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/import';
import { contentPath } from '../../../src/lib/content/errors';
import { ROOT } from '../../support/site';
import { fixtureDir, fixturePage, recordingEnvironment, scratchContent } from './support';

const SEED = '2023-12-27-mexico-city-migration-talks';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch content folder holding the seed story and its two articles, and a ferry story of 2025. */
function library(): string {
  const dir = scratchContent('import-cli-');
  made.push(dir);
  copyFileSync(join(ROOT, 'content/stories', `${SEED}.md`), join(dir, 'stories', `${SEED}.md`));
  mkdirSync(join(dir, 'articles', SEED));
  for (const id of ['fox-news', 'upi']) copyFileSync(join(ROOT, 'content/articles', SEED, `${id}.md`), join(dir, 'articles', SEED, `${id}.md`));
  writeFileSync(join(dir, 'stories', '2025-06-04-carrow-point-ferry.md'), '---\ntitle: Carrow Point ferry terminal to close for repairs\ndate: 2025-06-04\n---\n');
  mkdirSync(join(dir, 'articles', '2025-06-04-carrow-point-ferry'));
  writeFileSync(
    join(dir, 'articles', '2025-06-04-carrow-point-ferry', 'the-tidewater-courier.md'),
    readFileSync(join(fixtureDir('wordpress'), 'expected.md'), 'utf8').replace('story: test-story', 'story: 2025-06-04-carrow-point-ferry'),
  );
  return dir;
}

/** A third report of the seed story's meeting, in a press agency's page (written for this test). */
const meetingPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Blinken and Mayorkas press Mexico on migration | Coastline Press</title>
<meta property="og:site_name" content="Coastline Press">
<meta property="og:title" content="Blinken and Mayorkas press Mexico on migration">
<meta property="article:published_time" content="2023-12-27T16:30:00-06:00">
<link rel="canonical" href="https://coastline-press.example/2023/12/27/blinken-mayorkas-mexico">
</head><body>
<header><a href="/">Coastline Press</a><nav><a href="/world">World</a></nav></header>
<article><h1>Blinken and Mayorkas press Mexico on migration</h1>
<div class="article-text">
<p>MEXICO CITY (Coastline Press) — Secretary of State Antony Blinken and Homeland Security Secretary Alejandro Mayorkas sat down on Wednesday with President Andrés Manuel López Obrador to press for help in slowing migration toward the U.S. border.</p>
<p>The delegation, which included White House adviser Liz Sherwood-Randall, arrived as a caravan of several thousand people moved north through the south of the country.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>U.S. officials want the railway freight routes that migrants ride watched more closely, while the Mexican president has asked for more development money for the countries people are leaving.</p>
<p>Neither government released a statement after the talks, which lasted about three hours.</p>
</div></article>
<footer>© Coastline Press</footer>
</body></html>
`;

describe('--new-story', () => {
  it('writes the story dated by the published day in its own offset, and the article under the outlet’s slug', async () => {
    const dir = library();
    const run = recordingEnvironment(dir);
    // Published 2025-08-19T21:42:00-07:00: 2025-08-20 in UTC, but the story's day is the page's own, the 19th.
    expect(await main([fixturePage('arc-nextjs'), '--new-story', 'Pike Ridge Fire forces Ashford Falls evacuations'], run.env), run.stderr()).toBe(0);
    const storyId = '2025-08-19-pike-ridge-fire-forces-ashford-falls-evacuations';
    expect(readFileSync(join(dir, 'stories', `${storyId}.md`), 'utf8')).toBe('---\ntitle: Pike Ridge Fire forces Ashford Falls evacuations\ndate: 2025-08-19\n---\n');
    const article = join(dir, 'articles', storyId, 'the-meridian-post.md');
    expect(readFileSync(article, 'utf8')).toBe(readFileSync(join(fixtureDir('arc-nextjs'), 'expected.md'), 'utf8').replace('story: test-story', `story: ${storyId}`));
    expect(run.stdout()).toContain(`Wrote ${contentPath(join(dir, 'stories', `${storyId}.md`))}`);
    expect(run.stdout()).toContain(`Wrote ${contentPath(article)}`);
  });

  it('refuses a story that exists, pointing to --story', async () => {
    const dir = library();
    const run = recordingEnvironment(dir);
    expect(await main([fixturePage('wordpress'), '--new-story', 'Ferry terminal closes', '--dry-run'], run.env)).toBe(0);
    writeFileSync(join(dir, 'stories', '2025-06-04-ferry-terminal-closes.md'), '---\ntitle: Ferry terminal closes\ndate: 2025-06-04\n---\n');
    const again = recordingEnvironment(dir);
    expect(await main([fixturePage('wordpress'), '--new-story', 'Ferry terminal closes'], again.env)).toBe(1);
    expect(again.stderr()).toContain('field "story": the story "2025-06-04-ferry-terminal-closes" already exists');
    expect(again.stderr()).toContain('add the article to it with --story 2025-06-04-ferry-terminal-closes');
    expect(existsSync(join(dir, 'articles', '2025-06-04-ferry-terminal-closes'))).toBe(false);
  });
});

describe('choosing the story', () => {
  it('proposes the stories sharing the most facts and, without a terminal, requires the flag', async () => {
    const dir = library();
    const page = join(dir, 'coastline.html');
    writeFileSync(page, meetingPage);
    const run = recordingEnvironment(dir);
    expect(await main([page], run.env)).toBe(1);
    expect(run.stdout()).toMatch(new RegExp(`1\\. ${SEED}: "US cabinet officials meet Mexico's president on record migration" \\(2023-12-27\\): [3-9] people, [1-9] dates?, \\d figures?`));
    expect(run.stdout()).toContain('event day 0 days from publication');
    expect(run.stdout()).not.toContain('carrow-point');
    expect(run.stderr()).toContain(`field "story": choose the story: run again with --story <story-id> or --new-story "<title>", e.g. --story ${SEED}`);
    expect(readdirSync(join(dir, 'articles', SEED)).sort()).toEqual(['fox-news.md', 'upi.md']);
  });

  it('asks at a terminal, and files the article in the story chosen', async () => {
    const dir = library();
    const page = join(dir, 'coastline.html');
    writeFileSync(page, meetingPage);
    const questions: string[] = [];
    const run = recordingEnvironment(dir, { interactive: true, ask: async (q) => (questions.push(q), '1') });
    expect(await main([page], run.env), run.stderr()).toBe(0);
    expect(questions).toEqual(['Add it to which story? 1-1, n for a new story, or Enter to stop: ']);
    const written = readFileSync(join(dir, 'articles', SEED, 'coastline-press.md'), 'utf8');
    expect(written).toMatch(new RegExp(`^---\\nstory: ${SEED}\\noutlet: Coastline Press\\n`));
    // The wire tag names the outlet itself, so it is part of the outlet's dateline (as UPI's "Dec. 27 (UPI)").
    expect(written).toContain('dateline: MEXICO CITY (Coastline Press)\n');
  });

  it('asks for a new story’s title at a terminal', async () => {
    const dir = library();
    const answers = ['n', 'Storm Bracken'];
    const run = recordingEnvironment(dir, { interactive: true, ask: async () => answers.shift()! });
    expect(await main([fixturePage('live-blog')], run.env), run.stderr()).toBe(0);
    expect(existsSync(join(dir, 'stories', '2025-11-03-storm-bracken.md'))).toBe(true);
    expect(existsSync(join(dir, 'articles', '2025-11-03-storm-bracken', 'ravensholt-evening-post.md'))).toBe(true);
  });

  it('stops when the editor chooses nothing', async () => {
    const dir = library();
    const run = recordingEnvironment(dir, { interactive: true, ask: async () => '' });
    expect(await main([fixturePage('meta-only')], run.env)).toBe(1);
    expect(run.stderr()).toContain('no story chosen');
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual([SEED, '2025-06-04-carrow-point-ferry']);
  });

  it('refuses a story that does not exist, naming the known ones', async () => {
    const dir = library();
    const run = recordingEnvironment(dir);
    expect(await main([fixturePage('wordpress'), '--story', 'no-such-story'], run.env)).toBe(1);
    expect(run.stderr()).toContain(`field "story": no story "no-such-story" exists (known stories: "${SEED}", "2025-06-04-carrow-point-ferry")`);
  });
});

describe('ids, outlets and dry runs', () => {
  it('takes --id, and refuses one that is not an id or is reserved', async () => {
    const dir = library();
    const ok = recordingEnvironment(dir);
    expect(await main([fixturePage('meta-only'), '--story', SEED, '--id', 'la-voz', '--dry-run'], ok.env)).toBe(0);
    expect(ok.stdout()).toContain(`Would write ${contentPath(join(dir, 'articles', SEED, 'la-voz.md'))}:`);
    for (const [id, problem] of [
      ['La Voz', 'field "id": "La Voz" is not an article id: use lower-case letters, digits and hyphens, e.g. la-voz'],
      ['figures', 'field "id": "figures" is reserved for a story page route'],
    ] as const) {
      const run = recordingEnvironment(dir);
      expect(await main([fixturePage('meta-only'), '--story', SEED, '--id', id], run.env)).toBe(1);
      expect(run.stderr()).toContain(problem);
    }
  });

  it('refuses a page that does not state its outlet, and takes it from --outlet', async () => {
    const dir = library();
    const run = recordingEnvironment(dir);
    expect(await main([fixturePage('gov-release'), '--story', SEED], run.env)).toBe(1);
    expect(run.stderr()).toContain('error: tests/fixtures/import/gov-release/page.html: field "outlet": missing: add the outlet\'s name, e.g. Metro Daily\n  the page states no outlet (no JSON-LD publisher.name, no og:site_name): give it with --outlet "<name>"');

    const given = recordingEnvironment(dir);
    expect(await main([fixturePage('gov-release'), '--story', SEED, '--outlet', 'Department for Coastal Resilience'], given.env), given.stderr()).toBe(0);
    expect(given.stdout()).toContain('outlet: Department for Coastal Resilience ← flag (--outlet)');
    const written = readFileSync(join(dir, 'articles', SEED, 'department-for-coastal-resilience.md'), 'utf8');
    const expected = readFileSync(join(fixtureDir('gov-release'), 'expected.md'), 'utf8');
    expect(written).toBe(expected.replace('story: test-story\n', `story: ${SEED}\noutlet: Department for Coastal Resilience\n`));
  });

  it('--dry-run prints the file and writes nothing', async () => {
    const dir = library();
    const run = recordingEnvironment(dir);
    expect(await main([fixturePage('wire-syndicated'), '--story', SEED, '--dry-run'], run.env)).toBe(0);
    expect(run.stdout()).toContain(readFileSync(join(fixtureDir('wire-syndicated'), 'expected.md'), 'utf8').replace('story: test-story', `story: ${SEED}`));
    expect(run.stdout()).toContain('Dry run: nothing was written.');
    expect(readdirSync(join(dir, 'articles', SEED)).sort()).toEqual(['fox-news.md', 'upi.md']);
  });

  it('prints each field’s source and what the noise stage dropped', async () => {
    const run = recordingEnvironment(library());
    await main([fixturePage('wire-syndicated'), '--story', SEED, '--dry-run'], run.env);
    expect(run.stdout()).toContain('  byline: Harbour Wire ← json-ld (author.name); wins over open-graph article:author: "Tomas Reyes"');
    expect(run.stdout()).toContain('  dateline: MARROWICK, Scotland ← body (first paragraph)');
    expect(run.stdout()).toContain('  credit: Harbour Wire writer Ines Calder in Glasgow contributed to this report. ← body (contribution line)');
    expect(run.stdout()).toContain('  lifted out of the body: "By TOMAS REYES, Harbour Wire"');
    expect(run.stdout()).toMatch(/dropped: .*ads \d+.*related links \d+/);
  });
});

describe('the command line', () => {
  it.each([
    [[], 'give a saved page or a URL'],
    [['a.html', 'b.html'], 'give one page, not 2'],
    [['a.html', '--story', 'x', '--new-story', 'Y'], 'give --story or --new-story, not both'],
    [['a.html', '--colour'], "Unknown option '--colour'"],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = recordingEnvironment(library());
    expect(await main(args, run.env)).toBe(2);
    expect(run.stderr()).toContain(message);
    expect(run.stderr()).toContain('Usage: npm run import --');
  });

  it('reads a relative page path from the folder the command was typed in', async () => {
    const run = recordingEnvironment(library(), { inputDir: fixtureDir('wordpress') });
    expect(await main(['page.html', '--story', SEED, '--dry-run'], run.env), run.stderr()).toBe(0);
    expect(run.stdout()).toContain('Read tests/fixtures/import/wordpress/page.html (17 KB)');
  });

  it('--help prints the usage and succeeds', async () => {
    const run = recordingEnvironment(library());
    expect(await main(['--help'], run.env)).toBe(0);
    expect(run.stdout()).toContain('Usage: npm run import -- <file.html | URL>');
  });

  it('the real entry point exits non-zero on a refused page and says why', () => {
    const dir = library();
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/import.ts', fixturePage('no-article'), '--story', SEED], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_CONTENT_DIR: dir },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: tests/fixtures/import/no-article/page.html: no article body found');
    expect(result.stderr).toContain('Nothing was written.');
  });
});
