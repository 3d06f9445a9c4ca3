// A bad content file must stop the build with a message an editor can act on: which file, which field.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, removeBuild, ROOT } from '../support/site';

const FIXTURES = join(ROOT, 'tests/fixtures/sites');

const cases = [
  { name: 'malformed-frontmatter', file: 'articles/s/planet.md', field: /planet\.md:\d+|double quoted scalar/ },
  { name: 'missing-field', file: 'articles/s/planet.md', field: /outlet\W+Required/ },
  { name: 'wrong-type', file: 'articles/s/planet.md', field: /published: expected an ISO date/ },
  { name: 'unknown-story', file: 'articles/s/planet.md', field: /field "story": no story "no-such-story"/ },
  { name: 'empty-body', file: 'articles/s/planet.md', field: /field "body": the article has no text/ },
  { name: 'duplicate-id', file: 'articles/s/', field: /field "id": article id "planet" is already used in this story by .*[Pp]lanet\.md/ },
];

describe.concurrent('a bad article fails the build with a message naming the file and the field', () => {
  for (const { name, file, field } of cases) {
    it(name, { timeout: 180_000 }, async () => {
      const result = await buildSite({ contentDir: join(FIXTURES, name, 'content') });
      removeBuild(result);
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${name}/content/${file}`);
      expect(result.output).toMatch(field);
    });
  }
});
