// Who gives a figure and what happened to the things it counts, read from its sentence; and how
// these keep apart figures that one noun ("people", "hours") would otherwise lump together.
import { describe, expect, it } from 'vitest';
import { compareStory } from '../../../src/lib/compare';
import { compareSources, figureOutcome, figureSource } from '../../../src/lib/compare/figureCues';
import { article, figure } from './facts';

/** The source words of the figure written as `text` in `sentence`, or undefined. */
const sourceOf = (sentence: string, text: string) => {
  const at = sentence.indexOf(text);
  const source = figureSource(sentence, at, at + text.length);
  return source && [...source.words].sort();
};
const outcomeOf = (sentence: string, text: string) => {
  const at = sentence.indexOf(text);
  return figureOutcome(sentence, at, at + text.length, '');
};

describe('who a sentence says gives a figure', () => {
  it.each([
    ['The rally drew a crowd that police said numbered about 4,000.', 'about 4,000', ['police']],
    ['Police put the crowd at about 4,000.', 'about 4,000', ['police']],
    ['More than 10,000 people marched to City Hall, organisers said, in the largest protest in years.', 'More than 10,000', ['organiser']],
    ['Nurses earn a median of $48 an hour, according to union figures.', '$48', ['union']],
    ['The death toll rose to 31, the Coast Guard said on Monday.', '31', ['coast', 'guard']],
    ['“The first 72 hours are critical,” said Ana Ruiz, a relief coordinator.', '72 hours', ['ana', 'ruiz']],
    ['The provincial governor said his office had counted 38 bodies.', '38', ['governor', 'provincial']],
  ])('%s → %s from %j', (sentence, text, source) => expect(sourceOf(sentence, text)).toEqual(source));

  it.each([
    // The attribution is in a clause after the figure and not set off from it.
    ['Thousands of people rallied downtown in a protest that police said drew about 4,000.', 'Thousands'],
    // "said" opens a clause whose subject stands before the parenthesis.
    ['The president, who toured the area, said the army would send 2,000 troops.', '2,000'],
    // "An estimated" and "a reported" describe the figure; they do not attribute it.
    ['A reported 900 people were evacuated from the valley.', '900'],
    // Unnamed officials are nobody in particular.
    ['Officials said 12 schools were closed.', '12'],
    // "put" names a source only as "put the crowd at …".
    ['The storm put 3,000 homes under water.', '3,000'],
  ])('%s → no source for %s', (sentence, text) => expect(sourceOf(sentence, text)).toBeUndefined());

  it('tells the same source, clearly different ones, and ones it cannot tell apart', () => {
    const source = (sentence: string, text: string) => {
      const at = sentence.indexOf(text);
      return figureSource(sentence, at, at + text.length);
    };
    const police = source('Police said 4,000 people attended.', '4,000');
    const organisers = source('Organisers said 10,000 people attended.', '10,000');
    const chief = source('Police Chief Ann Lee said 3,900 people attended.', '3,900');
    const agency = source('The agency says the plan would close a $52 million gap.', '$52 million');
    const authority = source('The Metro Transit Authority said the gap was $52 million.', '$52 million');
    expect(compareSources(police, organisers)).toBe('different');
    expect(compareSources(police, chief)).toBe('same');
    expect(compareSources(agency, authority)).toBe('unknown');
    expect(compareSources(police, undefined)).toBe('unknown');
  });
});

describe('what happened to the things a figure counts', () => {
  it.each([
    ['The quake struck at dawn, killing at least 50 people and injuring more than 300, officials said.', 'at least 50', 'dead'],
    ['The quake struck at dawn, killing at least 50 people and injuring more than 300, officials said.', 'more than 300', 'injured'],
    ['The minister said 50 people were confirmed dead and 420 injured.', '50', 'dead'],
    ['The minister said 50 people were confirmed dead and 420 injured.', '420', 'injured'],
    ['The death toll from the flood rose to 50 on Thursday.', '50', 'dead'],
    ['Rescuers searched for about a dozen others who were still missing.', 'about a dozen', 'missing'],
    ['Rescuers were still searching for eight people.', 'eight', undefined],
  ])('%s → %s %s', (sentence, text, outcome) => expect(outcomeOf(sentence, text)).toBe(outcome));
});

type FigureBounds = Parameters<typeof figure>[3];
const point = (value: number): FigureBounds => ({ value });
const about = (value: number) => ({ value, lower: value, upper: value, qualifier: 'about' as const });
const over = (value: number) => ({ value, lower: value, upper: null, qualifier: 'more-than' as const });
const atLeast = (value: number) => ({ value, lower: value, upper: null, qualifier: 'at-least' as const });

/** An article whose paragraphs are the given sentences, one figure each. */
function story(id: string, figures: [sentence: string, text: string, bounds: FigureBounds, unit: string, counted: string][]) {
  const facts = figures.map(([sentence, text, bounds, unit, counted], i) => figure(id, sentence, text, bounds, { unit, counted, paragraph: i + 1 }));
  return {
    facts,
    article: article(
      id,
      id.toUpperCase(),
      { figures: facts },
      figures.map(([sentence]) => sentence),
    ),
  };
}
const pairs = (comparison: ReturnType<typeof compareStory>) =>
  comparison.figures.filter((g) => g.entries.length > 1).map((g) => [g.status, ...g.entries.map((e) => e.text)]);

describe('grouping figures by source and outcome', () => {
  it("pairs each outlet's police estimate with the other's, and the organisers' with the organisers'", () => {
    const a = story('a', [
      ['Thousands of people rallied downtown on Saturday in a protest that police said drew about 4,000 people.', 'about 4,000', about(4000), 'people', 'people'],
      ['Thousands of people rallied downtown on Saturday in a protest that police said drew about 4,000 people.', 'Thousands', { value: 1000, lower: 1000, upper: 9999, qualifier: 'range' as const }, 'people', 'people'],
      ['Organisers of the march claimed a turnout of more than 10,000.', 'more than 10,000', over(10000), 'count', ''],
    ]);
    const b = story('b', [
      ['More than 10,000 people joined the march downtown on Saturday against the plan, organisers said.', 'More than 10,000', over(10000), 'people', 'people'],
      ['Police put the crowd at the protest at about 4,000.', 'about 4,000', about(4000), 'count', ''],
    ]);
    const comparison = compareStory([a.article, b.article]);
    expect(pairs(comparison)).toEqual(
      expect.arrayContaining([
        ['agree', 'about 4,000', 'about 4,000'],
        ['agree', 'more than 10,000', 'More than 10,000'],
      ]),
    );
    expect(comparison.figures.some((g) => g.status === 'conflict')).toBe(false);
    expect(comparison.figures.find((g) => g.entries.some((e) => e.text === 'Thousands'))!.status).toBe('only');
  });

  it('keeps the dead apart from the injured when both are counted as "people"', () => {
    const a = story('a', [
      ['The quake struck at dawn, killing at least 50 people and injuring more than 300, the minister said.', 'at least 50', atLeast(50), 'people', 'people'],
      ['The quake struck at dawn, killing at least 50 people and injuring more than 300, the minister said.', 'more than 300', over(300), 'people', 'people'],
    ]);
    const b = story('b', [
      ['The minister said 50 people were confirmed dead and 420 injured.', '50', point(50), 'people', 'people'],
      ['The minister said 50 people were confirmed dead and 420 injured.', '420', point(420), 'people', 'people'],
    ]);
    expect(pairs(compareStory([a.article, b.article]))).toEqual([
      ['agree', 'at least 50', '50'],
      ['agree', 'more than 300', '420'],
    ]);
  });

  it('does not compare spans of hours that describe different things', () => {
    const a = story('a', [['The town hospital had lost power for 18 hours, the mayor said.', '18 hours', point(18), 'hours', 'hours']]);
    const b = story('b', [['“The first 72 hours are critical,” said Ana Ruiz, a relief coordinator.', '72 hours', point(72), 'hours', 'hours']]);
    expect(compareStory([a.article, b.article]).figures.map((g) => g.status)).toEqual(['only', 'only']);
  });

  it('still compares the same span described alike', () => {
    const a = story('a', [['The union is seeking raises of 18 percent over two years.', 'two years', point(2), 'years', 'years']]);
    const b = story('b', [['Its members want a 15 percent raise over two years and limits on overtime.', 'two years', point(2), 'years', 'years and limits']]);
    expect(pairs(compareStory([a.article, b.article]))).toEqual([['agree', 'two years', 'two years']]);
  });
});
