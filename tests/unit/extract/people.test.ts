import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/lib/extract/people';

const people = (...texts: string[]) => extractPeople(texts.map((text, i) => ({ index: i + 1, text })));

describe('extractPeople', () => {
  it('reads titles before the name, multi-word surnames and later mentions of every form', () => {
    const found = people(
      'Secretary of State Antony Blinken met Mexican President Andres Manuel Lopez Obrador on Wednesday.',
      'Blinken’s visit follows a call between Lopez Obrador and Texas Gov. Greg Abbott.',
      '“The Texas governor acts that way,” Lopez Obrador said. Secretary Blinken agreed. Last week, the Mexican president spoke.',
    );
    expect(found.map((p) => [p.name, p.surname, p.title, p.official])).toEqual([
      ['Antony Blinken', 'Blinken', 'Secretary of State', true],
      ['Andres Manuel Lopez Obrador', 'Lopez Obrador', 'Mexican President', true],
      ['Greg Abbott', 'Abbott', 'Texas Gov.', true],
    ]);
    expect(found[0]!.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Antony Blinken', 'full'],
      ['Blinken', 'surname'],
      ['Secretary Blinken', 'title-surname'],
    ]);
    expect(found[1]!.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Andres Manuel Lopez Obrador', 'full'],
      ['Lopez Obrador', 'surname'],
      ['Lopez Obrador', 'surname'],
      ['the Mexican president', 'role'],
    ]);
    expect(found[2]!.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Greg Abbott', 'full'],
      ['The Texas governor', 'role'],
    ]);
  });

  it('reads lower-case titles, hyphenated and accented names, particles and middle initials', () => {
    const found = people(
      'White House Homeland Security adviser Liz Sherwood-Randall will join.',
      'Spain coach Luis de la Fuente praised Interior Minister Rosa María Quispe Huamán and Gov. Maura T. Delgado.',
    );
    expect(found.map((p) => [p.name, p.surname, p.title])).toEqual([
      ['Liz Sherwood-Randall', 'Sherwood-Randall', 'White House Homeland Security adviser'],
      ['Luis de la Fuente', 'de la Fuente', 'Spain coach'],
      ['Rosa María Quispe Huamán', 'Huamán', 'Interior Minister'],
      ['Maura T. Delgado', 'Delgado', 'Gov.'],
    ]);
  });

  it('tells officials from other people', () => {
    const found = people(
      'Union president Mary Lindqvist, Defense attorney Lauren Choi and Fox News’ Griff Jenkins contributed.',
      'Police Chief Daniel O’Reilly and Assistant U.S. Attorney Kevin Marsh spoke, as did Maria Gomez, a spokeswoman for the charity.',
    );
    expect(Object.fromEntries(found.map((p) => [p.name, p.official]))).toEqual({
      'Mary Lindqvist': false,
      'Lauren Choi': false,
      'Griff Jenkins': false,
      'Daniel O’Reilly': true,
      'Kevin Marsh': true,
      'Maria Gomez': false,
    });
  });

  it('does not take places, organisations, documents, months or sentence openers for people', () => {
    const found = people(
      'Blinken is traveling to Mexico City and the State Department said the White House backs the Los Angeles Declaration in the Western Hemisphere.',
      'However, Republicans blamed the Biden administration and Trump-era policies. In March, Latin America and the United States met.',
      'The quake hit the town of Paradise Pines and the Red Cross sent aid to the Twin Cities.',
    );
    expect(found).toEqual([]);
  });

  it('counts possessives and names inside quotes, and leaves the name as modifier of an institution alone', () => {
    const found = people('President Joe Biden spoke.', 'Biden’s call came as the Biden administration said “Biden will win.”');
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Joe Biden', 'Biden', 'Biden']);
  });
  it('does not take company, carrier or publication names for people', () => {
    const found = people(
      'A ship run by Aegean Shipping Lines hit the pier, the Island Wire and the Harbor Times reported.',
      'Northwind Marine Holdings, Pacific Coast Airlines, First Harbor Bank, the Pilots Association and the Island Council declined to comment.',
      'Blue Star Ferries said Mayor Eleni Vasilakis would visit.',
    );
    expect(found.map((p) => p.name)).toEqual(['Eleni Vasilakis']);
  });

  it.each([
    ['Coast Guard Commandant Adm. Linda Fagan said the search continues.', 'Linda Fagan', true],
    ['"We are searching," said Lt. Cmdr. Maria Costa.', 'Maria Costa', true],
    ['Nikos Dimas, a spokesman for the Hellenic Coast Guard, said divers found the hull.', 'Nikos Dimas', true],
    ['A spokesman for the Interior Ministry, Kostas Pappas, said the ship was overloaded.', 'Kostas Pappas', true],
    ['Police spokesman Mark Evans said the driver fled.', 'Mark Evans', true],
    ['Coast guard chief Giorgos Alexandris said 40 people were rescued.', 'Giorgos Alexandris', true],
    ['Allina Health spokesperson Joan Fields said talks would resume.', 'Joan Fields', false],
    ['A lawyer for the shipping company, Maria Fotiou, declined to comment.', 'Maria Fotiou', false],
    ['Capt. Yannis Doukas, the ferry\'s master, sounded the alarm.', 'Yannis Doukas', false],
  ])('"%s": %s is official: %s', (text, name, official) => {
    const found = people(text).find((p) => p.name === name);
    expect(found, JSON.stringify(people(text))).toBeDefined();
    expect(found!.official).toBe(official);
  });
});
