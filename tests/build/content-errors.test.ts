// A bad content file must stop the build with a message an editor can act on, in one format:
// `<file>: field "<field>": <problem>`, echoing the value at fault, with Astro's "Location:" pointing
// at the file's line. Each message has its own fixture site under tests/fixtures/sites/.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, removeBuild, ROOT } from '../support/site';

const FIXTURES = join(ROOT, 'tests/fixtures/sites');

interface Case {
  /** Fixture site, and the test's name. */
  name: string;
  /** The offending file, under the site's content/. */
  file: string;
  /** What follows `<file>: ` in the output (its start), or a pattern for output that varies. */
  message: string | RegExp;
  /** The line Astro's report should point at. */
  line?: number;
}

const cases: Case[] = [
  {
    name: 'malformed-frontmatter',
    file: 'articles/s/planet.md',
    message:
      'field "outlet": line 3, outlet: "Daily Planet, is not valid YAML (unexpected end of the stream within a double quoted scalar): close it with " at the end of the value',
    line: 3,
  },
  {
    name: 'unquoted-colon',
    file: 'articles/s/planet.md',
    message:
      'field "title": line 4, title: Storm: what we know, is not valid YAML (bad indentation of a mapping entry): a value containing ": " must be quoted, title: "Storm: what we know"',
    line: 4,
  },
  {
    name: 'duplicate-field',
    file: 'articles/s/planet.md',
    message: 'field "outlet": line 6, outlet: The Planet, is not valid YAML (duplicated mapping key): the field is given twice; keep one',
    line: 6,
  },
  { name: 'missing-field', file: 'articles/s/planet.md', message: `field "outlet": missing: add the outlet's name, e.g. Metro Daily` },
  {
    name: 'empty-field',
    file: 'articles/s/planet.md',
    message: 'field "byline": is empty: give who wrote it, e.g. Jane Doe, or remove the line',
    line: 6,
  },
  { name: 'not-text', file: 'articles/s/planet.md', message: 'field "outlet": 1843 is a number, not text: put it in quotes, outlet: "1843"', line: 3 },
  {
    name: 'wrong-type',
    file: 'articles/s/planet.md',
    message:
      'field "published": "last Tuesday" is not an ISO date or date-time: write the day as YYYY-MM-DD, e.g. 2023-12-27, or the day and time with its offset, e.g. 2023-12-27T19:10:00+01:00',
    line: 5,
  },
  {
    name: 'impossible-date',
    file: 'articles/s/planet.md',
    message: 'field "published": "2024-02-30" is not a day of the calendar: check the month and the day',
    line: 5,
  },
  {
    name: 'story-date-format',
    file: 'stories/s.md',
    message: 'field "date": "December 27, 2023" is not a day written as YYYY-MM-DD, e.g. 2023-12-27',
    line: 3,
  },
  {
    name: 'bad-url',
    file: 'articles/s/planet.md',
    message: 'field "url": "www.example.com/storm" is not a full web address: write it with its https://, e.g. https://example.com/council-budget',
    line: 6,
  },
  {
    name: 'bad-language',
    file: 'articles/s/planet.md',
    message: 'field "language": "English" is not a BCP 47 language tag: write e.g. en or es-MX',
    line: 6,
  },
  {
    name: 'unknown-field',
    file: 'articles/s/planet.md',
    message:
      'field "byilne": not a field of an article, so "Jane Doe" would be lost; did you mean "byline"? (fields: story, outlet, title, published, url, byline, dateline, credit, language)',
    line: 6,
  },
  {
    name: 'field-alias',
    file: 'articles/s/planet.md',
    message: 'field "author": not a field of an article, so "Jane Doe" would be lost; did you mean "byline"?',
    line: 6,
  },
  {
    name: 'story-unknown-field',
    file: 'stories/s.md',
    message: 'field "summery": not a field of a story, so "Rain, then floods." would be lost; did you mean "summary"? (fields: title, date, location, summary)',
    line: 4,
  },
  {
    name: 'several-problems',
    file: 'articles/s/planet.md',
    message: /planet\.md: field "published": "December 27, 2023" is not an ISO date.*\n.*planet\.md: field "byilne": .*did you mean "byline"\?.*\n.*planet\.md: field "outlet": missing/,
    line: 4,
  },
  { name: 'unknown-story', file: 'articles/s/planet.md', message: 'field "story": no story "no-such-story" exists (known stories: "s")' },
  { name: 'empty-body', file: 'articles/s/planet.md', message: 'field "body": the article has no text: paste the article body below the frontmatter' },
  { name: 'duplicate-id', file: 'articles/s/', message: /field "id": article id "planet" is already used in this story by .*[Pp]lanet\.md/ },
  { name: 'reserved-id', file: 'articles/s/figures.md', message: 'field "id": "figures" is reserved for a story page route; rename the file' },
  {
    name: 'unnamed-file',
    file: 'articles/s/_.md',
    message: 'field "id": the file name "_.md" has no letters or digits to make an id from; rename the file',
  },
];

describe.concurrent('a bad content file fails the build with a message naming the file and the field', () => {
  for (const { name, file, message, line } of cases) {
    it(name, { timeout: 180_000 }, async () => {
      const result = await buildSite({ contentDir: join(FIXTURES, name, 'content') });
      removeBuild(result);
      expect(result.ok).toBe(false);
      const path = `${name}/content/${file}`;
      if (typeof message === 'string') {
        expect(result.output).toContain(`${path}: ${message}`);
      } else {
        expect(result.output).toContain(path);
        expect(result.output).toMatch(message);
      }
      if (line) expect(result.output).toMatch(new RegExp(`Location:\\s+\\S*${path}:${line}:1`));
      // Astro's own wording of schema errors never reaches the editor.
      expect(result.output).not.toMatch(/Unrecognized key|does not match collection schema|\*\*/);
    });
  }
});
