// Reading figures: each row is a sentence a reporter might write and what a careful reader takes
// from it. Rows marked in the words come from issue 9; the rest are further cases of each
// kind, so that every kind is fixed by a rule and not by the example.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract';
import type { FigureFact, Paragraph } from '../../../src/lib/extract/types';
import { parseArticle } from '../../../src/lib/parse/parseArticle';

function figures(text: string, published = '2024-05-08'): FigureFact[] {
  return extractFacts([{ index: 1, text }], { id: 't', published }).figures;
}

/** The figure whose written span contains `span`. */
function figure(text: string, span: string, published?: string): FigureFact {
  const all = figures(text, published);
  const found = all.find((f) => f.mentions[0].text.includes(span) || span.includes(f.mentions[0].text));
  if (!found) throw new Error(`no figure "${span}" in ${JSON.stringify(all.map((f) => f.mentions[0].text))}`);
  return found;
}

type Row = [sentence: string, span: string, value: number, lower: number | null, upper: number | null, unit?: string];

const bounds = (rows: Row[]) =>
  it.each(rows)('%s → %s', (sentence, span, value, lower, upper, unit) => {
    const f = figure(sentence, span);
    expect({ value: f.value, lower: f.lower, upper: f.upper }).toEqual({ value, lower, upper });
    if (unit) expect(f.unit).toBe(unit);
  });

describe('numbers written in words', () => {
  bounds([
    ['He pledged two hundred fifty million dollars for the port.', 'two hundred fifty million', 250e6, 250e6, 250e6, 'US dollars'],
    ['A hundred and two families were moved to the school.', 'A hundred and two', 102, 102, 102, 'people'],
    ['Two thousand five hundred people marched.', 'Two thousand five hundred', 2500, 2500, 2500, 'people'],
    ['Half a million people signed it.', 'Half a million', 5e5, 5e5, 5e5],
    ['A quarter million fans came.', 'A quarter million', 2.5e5, 2.5e5, 2.5e5],
    ['One and a half million viewers watched.', 'One and a half million', 1.5e6, 1.5e6, 1.5e6],
    ['Two and a half million ballots were cast.', 'Two and a half million', 2.5e6, 2.5e6, 2.5e6],
    ['One-fourth of the homes lost power.', 'One-fourth', 25, 25, 25, 'percent'],
    ['Three-quarters of a million tonnes were shipped.', 'Three-quarters of a million', 7.5e5, 7.5e5, 7.5e5, 'tonnes'],
    ['Nine hundred and ninety-nine tickets were sold.', 'Nine hundred and ninety-nine', 999, 999, 999],
    ['Eleven people were injured.', 'Eleven', 11, 11, 11, 'people'],
    ['Thirteen schools and fifteen clinics closed.', 'Thirteen', 13, 13, 13],
    ['Thirteen schools and fifteen clinics closed.', 'fifteen', 15, 15, 15],
  ]);

  it('reads "Two thousand five hundred people" as one figure', () => {
    expect(figures('Two thousand five hundred people marched.')).toHaveLength(1);
  });
});

describe('vague amounts get honest bounds, with the lower bound as the value', () => {
  bounds([
    ['A couple hundred people waited.', 'A couple hundred', 200, 200, 299],
    ['A couple of hundred people waited.', 'A couple of hundred', 200, 200, 299],
    ['A few hundred people waited.', 'A few hundred', 200, 200, 499],
    ['Several hundred people waited.', 'Several hundred', 300, 300, 999],
    ['A few thousand people waited.', 'A few thousand', 2000, 2000, 4999],
    ['Several thousand people waited.', 'Several thousand', 3000, 3000, 9999],
    ['Several hundred thousand people waited.', 'Several hundred thousand', 3e5, 3e5, 999_999],
    ['Scores of homes burned.', 'Scores', 40, 40, 199],
    ['Dozens of shops burned.', 'Dozens', 24, 24, 143],
    ['Tens of thousands of migrants crossed.', 'Tens of thousands', 20_000, 20_000, 99_999],
  ]);
});

describe('scales and notations', () => {
  bounds([
    ['Fans numbered 8k by noon.', '8k', 8000, 8000, 8000],
    ['The deal is worth $2bn.', '$2bn', 2e9, 2e9, 2e9, 'US dollars'],
    ['It will cost 3.8 billion euros.', '3.8 billion euros', 3.8e9, 3.8e9, 3.8e9, 'euros'],
    ['The plan costs Rs 2.6 lakh crore over five years.', 'Rs 2.6 lakh crore', 2.6e12, 2.6e12, 2.6e12, 'Indian rupees'],
    ['The state set aside Rs 9,500 crore for roads.', 'Rs 9,500 crore', 9.5e10, 9.5e10, 9.5e10, 'Indian rupees'],
    ['Another ₹40 lakh went to schools.', '₹40 lakh', 4e6, 4e6, 4e6, 'Indian rupees'],
    ['The port handled 816 000 tonnes of grain.', '816 000 tonnes', 816_000, 816_000, 816_000, 'tonnes'],
    ['It cost €2.5m to build.', '€2.5m', 2.5e6, 2.5e6, 2.5e6, 'euros'],
    ['She won 48. 7% of the vote.', '48. 7%', 48.7, 48.7, 48.7, 'percent'],
    ['He won by a margin of 120, 455 votes.', '120, 455', 120_455, 120_455, 120_455, 'votes'],
    ['A magnitude-6.3 quake shook the town.', '6.3', 6.3, 6.3, 6.3, 'magnitude'],
    ['A 7.0-magnitude tremor followed.', '7.0', 7, 7, 7, 'magnitude'],
    ['Temperatures exceeded 41C in the valley.', '41C', 41, 41, null, 'degrees Celsius'],
    ['Support rose 2 percentage points.', '2 percentage points', 2, 2, 2, 'percentage points'],
    ['The bank cut by a quarter of a percentage point.', 'a quarter of a percentage point', 0.25, 0.25, 0.25, 'percentage points'],
  ]);

  it('keeps a list of numbers apart: "In 2019, 455 people" is a year and a count', () => {
    expect(figures('In 2019, 455 people were moved.').map((f) => f.value)).toEqual([455]);
  });

  it('reads a sign written against a number, as tables of changes do', () => {
    expect(figure('Employment changed by −1,900 in construction.', '1,900').value).toBe(-1900);
  });
});

describe('ranges and bounds', () => {
  bounds([
    ['Between 5 and 10 people were hurt.', 'Between 5 and 10', 5, 5, 10],
    ['The bridge work is priced between $5 and $10 million.', 'between $5 and $10 million', 5e6, 5e6, 1e7, 'US dollars'],
    ['About 3-4,000 workers left.', '3-4,000', 3000, 3000, 4000],
    ['Salaries range 5k-20k.', '5k-20k', 5000, 5000, 20_000],
    ['Salaries ranged from $40k to $60k.', 'from $40k to $60k', 40_000, 40_000, 60_000, 'US dollars'],
    ['Salaries ranged from 40,000 to 60,000 dollars.', 'from 40,000 to 60,000 dollars', 40_000, 40_000, 60_000, 'US dollars'],
    ['Between 5 and 10% of voters switched.', 'Between 5 and 10%', 5, 5, 10, 'percent'],
    ['Two or three boats capsized.', 'Two or three', 2, 2, 3],
    ['Turnout exceeded 3,000.', '3,000', 3000, 3000, null],
    ['Sales surpassed 1.2 million units.', '1.2 million', 1.2e6, 1.2e6, null],
    ['Attendance topped 70,000.', '70,000', 70_000, 70_000, null],
    ['The fund passed $1 billion.', '$1 billion', 1e9, 1e9, null],
    ['Unemployment edged up to 4.1%.', '4.1%', 4.1, 4.1, 4.1],
    ['Nearly 250 people came.', 'Nearly 250', 250, 225, 250],
    ['He faces up to 20 years in prison.', 'up to 20 years', 20, null, 20, 'years'],
    ['About 3,400 homes lost power.', 'About 3,400', 3400, 3060, 3740],
    ['3,000 or more runners started.', '3,000 or more', 3000, 3000, null],
    ['Fewer than 300 people attended.', 'Fewer than 300', 300, null, 300],
  ]);

  it('gives "nearly" its own qualifier', () => {
    expect(figure('Nearly 250 people came.', 'Nearly 250').qualifier).toBe('nearly');
    expect(figure('Almost 90 percent voted.', 'Almost 90 percent').qualifier).toBe('nearly');
  });

  it('reads "Sales fell 3% to 42.5 million units" as a change and a level, not a range', () => {
    const found = figures('Sales fell 3% to 42.5 million units.');
    expect(found.map((f) => [f.value, f.unitKind, f.change])).toEqual([
      [3, 'percent', 'change'],
      [42.5e6, 'count', 'level'],
    ]);
  });

  it('reads "rose from 4.1% to 4.3%" as two levels', () => {
    expect(figures('The jobless rate rose from 4.1% to 4.3%.').map((f) => f.value)).toEqual([4.1, 4.3]);
  });
});

describe('what is counted comes from the grammar', () => {
  it.each([
    ['The toll climbed to 145 Tuesday after the landslide.', '145', /toll/, 'dead'],
    ['The number of dead in the floods that swept the north has reached 88.', '88', /^dead$/, 'dead'],
    ['Crowds exceeding 150,000 filled the square.', '150,000', /^crowds$/i, undefined],
    ['He signed a $12 million, three-year contract.', '$12 million', /^contract$/, undefined],
    ['Police put the crowd at about 4,000.', 'about 4,000', /^crowd$/, undefined],
    ['The quake killed 142 people, injuring more than 900.', 'more than 900', /^people injured$/, 'injured'],
    ['Officials said 142 people were confirmed dead and 1,100 injured.', '1,100', /^people injured$/, 'injured'],
    ['The agency set aside 500 million soles for rebuilding.', '500 million soles', /^rebuilding$/, undefined],
    ['Hospitals were treating about 300 of the most serious cases.', 'about 300', /serious cases$/, undefined],
  ])('%s → %s counts %s', (sentence, span, counted, outcome) => {
    const f = figure(sentence, span);
    expect(f.counted).toMatch(counted);
    expect(f.outcome).toBe(outcome);
  });

  it('shares the noun between coordinated numbers: "50 and 60 families, respectively"', () => {
    const found = figures('The two shelters received 50 and 60 families, respectively.');
    expect(found.filter((f) => f.value === 50 || f.value === 60).map((f) => [f.value, f.counted, f.unit])).toEqual([
      [50, 'families', 'people'],
      [60, 'families', 'people'],
    ]);
  });

  it('never counts a date or a verb', () => {
    expect(figure('The toll climbed to 145 Tuesday after the landslide.', '145').counted).not.toMatch(/tuesday/i);
    expect(figure('Crowds exceeding 150,000 filled the square.', '150,000').counted).not.toMatch(/filled/);
    expect(figure('Two thousand five hundred people marched.', 'Two thousand').counted).toBe('people');
  });

  it('never calls money or a share "people", whatever it pays for', () => {
    for (const f of figures('The $2 million repair bill covers the homes of 40 families, or 12% of residents.')) {
      if (f.unitKind !== 'count') expect(f.unit).not.toBe('people');
    }
    expect(figure('Repair costs of $2 million were reported.', '$2 million').unit).toBe('US dollars');
  });

  it('says where the counted thing is written when it stands outside the figure', () => {
    const f = figure('A new influx of migrants, estimated at 6,000, is walking north.', '6,000');
    expect(f.countedSpan?.text).toBe('migrants');
  });

  it.each([
    ['120 flights were cancelled.', 'flights'],
    ['Nine carriages left the rails.', 'carriages'],
    ['About 2,600 nurses walked out.', 'people'],
    ['Some 88.3 million watchers followed the game.', 'people'],
    ['The fire burned 48,500 acres.', 'acres'],
  ])('"%s" is counted in %s', (sentence, unit) => {
    expect(figures(sentence)[0]!.unit).toBe(unit);
  });
});

describe('not figures', () => {
  it.each([
    ['fiscal and season spans', 'The 2023-24 budget, FY24 results and 2024-25 plans were tabled.'],
    ['clock times', 'The quake struck at 0915 GMT and again at 0830 UTC.'],
    ['ages in parentheses', 'Farmer Jo Pike (62) was hurt.'],
    ['ages in apposition', 'Ana Ruiz, 58, and the 45-year-old driver were hurt.'],
    ['age brackets', 'Viewers under 35 liked it, as did those over 60 and workers 55 and older.'],
    ['age ranges', 'Adults aged 18 to 34 were polled.'],
    ['list numbers', 'The council approved item 7 and point 3 of the plan.'],
    ['phone numbers', 'Call (555) 123-4567 or 0800 123 456, or dial 112 in an emergency.'],
    ['ordinals', 'He scored in the 86th minute of the 2nd half.'],
    ['years and dates', 'In 2019, on Dec. 1 and March 14, nothing happened.'],
    ['times of day', 'It hit at 4:12 a.m. and again at 3 p.m. on Friday.'],
    ['match scores', 'Spain beat England 2-1 in Berlin.'],
    ['period adjectives', 'A four-day weekend and a 60-day emergency began.'],
    ['codes and names', 'COVID-19 cases and K-12 schools under Title 42 rules.'],
    ['numbers used as pronouns', 'The two agreed that action was needed; one of them spoke.'],
    ['unit statements', 'All sums below are in thousands of dollars.'],
  ])('finds no figure in %s', (_, sentence) => {
    expect(figures(sentence).map((f) => f.mentions[0].text)).toEqual([]);
  });

  it.each([
    ['One worker was hurt.', ['One']],
    ['Seven of the 12 districts voted.', ['Seven', '12']],
    ['An 8-member jury convicted him.', ['8']],
    ['Three were released overnight.', ['Three']],
    ['At least 37 children died, including two in Ohio.', ['At least 37', 'two']],
    ['Labour and the Greens took four and two seats respectively.', ['four', 'two']],
  ])('keeps the small counts in "%s"', (sentence, spans) => {
    expect(figures(sentence).map((f) => f.mentions[0].text)).toEqual(spans);
  });
});

describe('one typed reading of the sentence', () => {
  const text = 'Police said 14 people died by Sunday evening. Economists had pencilled in 40,000 jobs, and the city aims to cut emissions by 40%.';

  it('anchors the sentence by offsets', () => {
    const f = figure(text, '14');
    expect(text.slice(f.sentence.start, f.sentence.end)).toBe('Police said 14 people died by Sunday evening.');
  });

  it('names the source, the outcome and the time the figure is true of', () => {
    const f = figure(text, '14', '2024-05-08');
    expect(f.source?.span.text).toBe('Police');
    expect(f.outcome).toBe('dead');
    expect(f.asOf).toEqual({ date: '2024-05-05', from: 'text' });
    expect(figure('About 300 homes were destroyed.', 'About 300', '2024-05-08T09:30:00+02:00').asOf).toEqual({ date: '2024-05-08T09:30:00+02:00', from: 'published' });
  });

  it('ties a source to the person it names', () => {
    const facts = extractFacts([{ index: 1, text: 'Governor Ruth Adeyemi said 2,000 homes were flooded.' }], { id: 't', published: '2024-05-08' });
    expect(facts.figures[0]!.source?.person).toBe(facts.people[0]!.id);
  });

  it('tells forecasts and targets from actuals, and changes and rates from levels', () => {
    expect(figure(text, '40,000').modality).toBe('forecast');
    expect(figure(text, '40%').modality).toBe('target');
    expect(figure('Total employment went up by 64,000 in March.', '64,000')).toMatchObject({ modality: 'actual', change: 'change' });
    expect(figure('The border saw 2,000 crossings a day.', '2,000').change).toBe('rate');
    expect(figure('The toll reached 88.', '88').change).toBe('level');
  });

  it('gives each figure its unit kind and the precision it is written with', () => {
    expect(figure('It cost $1.5 million.', '$1.5 million')).toMatchObject({ unitKind: 'money', precision: 1e5 });
    expect(figure('The city has 6,730,413 residents.', '6,730,413')).toMatchObject({ unitKind: 'count', precision: 1 });
    expect(figure('Turnout was 58.4%.', '58.4%')).toMatchObject({ unitKind: 'percent', precision: 0.1 });
    expect(figure('The flight took 18 hours.', '18 hours').unitKind).toBe('duration');
  });
});

describe('tables and headings in an article body', () => {
  const markdown = [
    'The ministry published damage figures on Monday.',
    '## Damage by district',
    '| District | Homes damaged | Repairs ($m) | Share (%) |\n| --- | ---: | ---: | ---: |\n| North | 1,200 | 4.5 | 61 |\n| South | 800 | 2.1 | 39 |',
    'Crews were still working on Tuesday.',
  ].join('\n\n');
  const { paragraphs } = parseArticle(markdown, (block) => `a-${block}`);
  const kinds = (p: Paragraph) => [p.kind, p.block];

  it('numbers prose only as pN, and gives headings and table rows anchors of their own', () => {
    expect(paragraphs.map(kinds)).toEqual([
      ['prose', 'p1'],
      ['heading', 'h1'],
      ['table-row', 't1r1'],
      ['table-row', 't1r2'],
      ['table-row', 't1r3'],
      ['prose', 'p2'],
    ]);
  });

  it('lets a figure in a cell count its column and row headers, with their spans', () => {
    const found = extractFacts(paragraphs, { id: 'a', published: '2024-05-06' }).figures;
    const north = found.find((f) => f.mentions[0].text === '1,200')!;
    expect(north.counted).toBe('Homes damaged (North)');
    expect(north.cell?.column?.text).toBe('Homes damaged');
    expect(north.cell?.row?.text).toBe('North');
    expect(found.find((f) => f.mentions[0].text === '4.5')).toMatchObject({ value: 4.5e6, unit: 'US dollars', unitKind: 'money' });
    expect(found.find((f) => f.mentions[0].text === '61')).toMatchObject({ value: 61, unitKind: 'percent' });
    // The header row counts nothing itself.
    expect(found.filter((f) => f.mentions[0].paragraph === 3)).toEqual([]);
  });
});
