import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src/lib/content/closest';
import { writtenFields } from '../../../src/lib/content/writtenFields';

describe('closestName', () => {
  const fields = ['story', 'outlet', 'title', 'published', 'url', 'byline', 'dateline', 'credit', 'language'];

  it.each([
    ['byilne', 'byline'],
    ['Titel', 'title'],
    ['pubished', 'published'],
    ['langauge', 'language'],
  ])('%s → %s', (typo, field) => expect(closestName(typo, fields)).toBe(field));

  it('suggests nothing for a word that is not a slip of the keyboard', () => {
    expect(closestName('author', fields)).toBeUndefined();
    expect(closestName('tags', fields)).toBeUndefined();
  });

  it('counts swapping two neighbouring letters as one edit', () => {
    expect(editDistance('byilne', 'byline')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('writtenFields', () => {
  it('reads each top-level field with its line and its value as written, even where YAML fails', () => {
    const source = '---\ntitle: Storm: what we know\noutlet: "Daily Planet\n# a comment\nbyline:\n  - Ana Ruiz\n  - Li Wei\n---\n\nText.\n';
    expect(writtenFields(source)).toEqual([
      { key: 'title', line: 2, value: 'Storm: what we know' },
      { key: 'outlet', line: 3, value: '"Daily Planet' },
      { key: 'byline', line: 5, value: '- Ana Ruiz - Li Wei' },
    ]);
  });

  it('finds nothing in a file without frontmatter', () => expect(writtenFields('Text.\n')).toEqual([]));
});
