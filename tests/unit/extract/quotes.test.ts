import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract';

const quotes = (...texts: string[]) => extractFacts(texts.map((text, i) => ({ index: i + 1, text })), { id: 't', published: '2024-01-01' }).quotes;

describe('extractQuotes', () => {
  it('attributes quotes to the speaker after, before, inside appositives and through pronouns', () => {
    const found = quotes(
      '“We will act,” the State Department said.',
      'Gov. Greg Abbott spoke. "It is not over," he said. “Nor will it be.”',
      '“This increase would fall hardest on riders,” Keisha Odom, an organizer with the group, told the crowd.',
      'Lopez Obrador said: “He is not going to win anything.”',
      '“The first 72 hours are critical,” said Ana Beltrán-Ruiz, a coordinator.',
    );
    expect(found.map((q) => [q.quote, q.speaker])).toEqual([
      ['We will act,', 'the State Department'],
      ['It is not over,', 'Greg Abbott'],
      ['Nor will it be.', 'Greg Abbott'],
      ['This increase would fall hardest on riders,', 'Keisha Odom'],
      ['He is not going to win anything.', 'Lopez Obrador'],
      ['The first 72 hours are critical,', 'Ana Beltrán-Ruiz'],
    ]);
    expect(found[1]!.speakerPerson).toBe('person-1');
  });

  it('keeps scare quotes as quotes without a speaker, and carries a speaker into a following all-quote paragraph', () => {
    const found = quotes(
      'Congress must fix a “broken” system.',
      '“Blinken will discuss migration,” a State Department statement said last week.',
      '“Blinken will reaffirm the commitment.”',
    );
    expect(found.map((q) => [q.quote, q.speaker])).toEqual([
      ['broken', undefined],
      ['Blinken will discuss migration,', 'a State Department statement'],
      ['Blinken will reaffirm the commitment.', 'a State Department statement'],
    ]);
  });

  it('reads an unclosed quote to the end of its paragraph', () => {
    const [quote] = quotes('He said: “We will return and', 'keep going.”');
    expect(quote!.mentions[0].text).toBe('“We will return and');
  });
});
