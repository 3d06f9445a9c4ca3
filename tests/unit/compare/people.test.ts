// The same person across outlets, however each writes the name; never two people merged on a surname.
import { describe, expect, it } from 'vitest';
import { compareStory, factLinks } from '../../../src/lib/compare';
import type { PersonFact } from '../../../src/lib/extract/types';
import { article, person } from './facts';

/** The groups the engine forms, as lists of names per group (only groups of 2+). */
function merged(...articles: PersonFact[][]): string[][] {
  const comparison = compareStory(articles.map((people, i) => article(`a${i}`, `Outlet ${i}`, { people })));
  return comparison.people.filter((g) => g.entries.length > 1).map((g) => g.entries.map((e) => e.name));
}

describe('people across articles', () => {
  it.each([
    ['accents', 'Andrés Manuel López Obrador', { surname: 'López Obrador' }, 'Andres Manuel Lopez Obrador', { surname: 'Lopez Obrador' }],
    ['a middle initial', 'Antony J. Blinken', { given: 'Antony J.' }, 'Antony Blinken', {}],
    ['the surname alone', 'Mayorkas', { surname: 'Mayorkas' }, 'Alejandro Mayorkas', {}],
    ['a shortened compound surname', 'Andres Manuel Lopez Obrador', { surname: 'Lopez Obrador' }, 'Obrador', { surname: 'Obrador' }],
    ['a hyphen written as a space', 'Jean Smith-Jones', { surname: 'Smith-Jones' }, 'Jean Smith Jones', { surname: 'Smith Jones' }],
  ])('merges a name written with %s', (_, a, optionsA, b, optionsB) => {
    expect(merged([person('a0', a, optionsA)], [person('a1', b, optionsB)])).toEqual([[a, b]]);
  });

  it('merges a short first name when surname and role agree, keeping each outlet’s title', () => {
    const a = person('a0', 'Liz Sherwood-Randall', { surname: 'Sherwood-Randall', titles: ['White House Homeland Security Advisor'] });
    const b = person('a1', 'Elizabeth Sherwood-Randall', { surname: 'Sherwood-Randall', titles: ['Homeland Security adviser'] });
    const comparison = compareStory([article('a0', 'One', { people: [a] }), article('a1', 'Two', { people: [b] })]);
    expect(comparison.people).toHaveLength(1);
    const [group] = comparison.people;
    expect(group!.titlesDiffer).toBe(true);
    expect(group!.entries.map((e) => e.title)).toEqual(['White House Homeland Security Advisor', 'Homeland Security adviser']);
    expect(factLinks(comparison).get(`a0:${a.id}`)?.summary).toContain('Advisor');
    expect(factLinks(comparison).get(`a0:${a.id}`)?.summary).toContain('adviser');
  });

  it('does not merge a short first name when the roles differ', () => {
    const a = person('a0', 'Liz Carter', { titles: ['Senator'] });
    const b = person('a1', 'Elizabeth Carter', { titles: ['head coach'], official: false });
    expect(merged([a], [b])).toEqual([]);
  });

  it('never merges two people who share a surname but not a given name', () => {
    expect(merged([person('a0', 'John Smith', { titles: ['Governor'] })], [person('a1', 'Jane Smith', { titles: ['Governor'] })])).toEqual([]);
  });

  it('keeps a surname alone apart when it fits two people of the other article', () => {
    const other = [person('a1', 'John Smith'), person('a1', 'Jane Smith')];
    expect(merged([person('a0', 'Smith', { surname: 'Smith' })], other)).toEqual([]);
  });

  it('uses the role to tell which of two same-surname people a surname alone means', () => {
    const other = [person('a1', 'John Smith', { titles: ['Transport Minister'] }), person('a1', 'Jane Smith', { titles: ['Mayor'] })];
    expect(merged([person('a0', 'Smith', { surname: 'Smith', titles: ['Mayor'] })], other)).toEqual([['Smith', 'Jane Smith']]);
  });

  it('does not chain a surname alone into two different people across three articles', () => {
    const groups = merged([person('a0', 'John Smith')], [person('a1', 'Smith', { surname: 'Smith' })], [person('a2', 'Jane Smith')]);
    for (const group of groups) expect(group).not.toEqual(expect.arrayContaining(['John Smith', 'Jane Smith']));
  });

  it('numbers groups in reading order and marks people named by one outlet only', () => {
    const comparison = compareStory([
      article('a0', 'One', { people: [person('a0', 'Greta Lind', { titles: ['Mayor'] }), person('a0', 'Omar Said')] }),
      article('a1', 'Two', { people: [person('a1', 'Lind', { surname: 'Lind' })] }),
    ]);
    expect(comparison.people.map((g) => [g.group, g.name, g.status])).toEqual([
      ['person-1', 'Greta Lind', 'shared'],
      ['person-2', 'Omar Said', 'only'],
    ]);
    const only = comparison.people[1]!.entries[0]!;
    expect(factLinks(comparison).get(`a0:${only.fact}`)).toMatchObject({ status: 'only', summary: 'One: Omar Said · not in Two' });
  });
});

describe('names spelled two ways', () => {
  const group = (a: PersonFact, b: PersonFact) => compareStory([article('a0', 'One', { people: [a] }), article('a1', 'Two', { people: [b] })]).people;

  it('joins "Mensah" and "Mensa" with the same role, marked as spelled differently', () => {
    const people = group(person('a0', 'Kwame Mensah', { titles: ['Health Minister'] }), person('a1', 'Kwame Mensa', { titles: ['health minister'] }));
    expect(people).toHaveLength(1);
    expect(people[0]!.spellingDiffers).toBe(true);
  });

  it.each([
    ['accents', 'Lukas Hänggi', 'Lukas Hanggi'],
    ['a doubled letter', 'Abdi Galgalo', 'Abdi Galgallo'],
    ['a given name', 'Karen Lykke Holm', 'Karin Lykke Holm'],
    ['a hyphen for a space', 'Elena Ruiz-Castaño', 'Elena Ruiz Castaño'],
  ])('marks %s as spelled differently', (_, a, b) => {
    const people = group(person('a0', a, { titles: ['Minister'] }), person('a1', b, { titles: ['Minister'] }));
    expect(people.map((p) => p.spellingDiffers)).toEqual([true]);
  });

  it('does not call a shorter form a spelling difference', () => {
    const people = group(person('a0', 'Olufemi Adeyemo-Oke', { titles: ['Commissioner'] }), person('a1', 'Femi Adeyemo', { surname: 'Adeyemo', titles: ['Commissioner'] }));
    expect(people.map((p) => [p.entries.length, p.spellingDiffers])).toEqual([[2, false]]);
  });

  it('keeps apart a name spelled like another when the roles differ', () => {
    const people = group(person('a0', 'Kwame Mensah', { titles: ['Health Minister'] }), person('a1', 'Kwame Mensa', { titles: ['striker'] }));
    expect(people).toHaveLength(2);
  });

  it('keeps apart two people whose given names differ, however alike the surnames', () => {
    const people = group(person('a0', 'Kwame Mensah', { titles: ['Health Minister'] }), person('a1', 'Kofi Mensa', { titles: ['Health Minister'] }));
    expect(people).toHaveLength(2);
  });
});
