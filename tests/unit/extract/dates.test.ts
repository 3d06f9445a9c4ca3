import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract';
import { extractDates } from '../../../src/lib/extract/dates';

function read(text: string, published: string) {
  return extractDates([{ index: 1, text }], { published }).map((d) => ({ text: d.mentions[0].text, start: d.start, end: d.end, granularity: d.granularity }));
}

// [sentence, published, expected date text, start, end, granularity]
const CASES: Array<[string, string, string, string, string, string]> = [
  ['They met on Wednesday to talk.', '2023-12-27', 'Wednesday', '2023-12-27', '2023-12-27', 'day'],
  ['They met on Monday to talk.', '2023-12-27', 'Monday', '2023-12-25', '2023-12-25', 'day'],
  ['They will meet on Friday.', '2023-12-27', 'Friday', '2023-12-29', '2023-12-29', 'day'],
  ['Humidity could drop on Tuesday.', '2024-08-05', 'Tuesday', '2024-08-06', '2024-08-06', 'day'],
  ['Since Dec. 1, crossings rose.', '2023-12-27', 'Dec. 1', '2023-12-01', '2023-12-01', 'day'],
  ['The record was set in September.', '2023-12-27', 'September', '2023-09-01', '2023-09-30', 'month'],
  ['The talks began in March.', '2023-12-27', 'March', '2023-03-01', '2023-03-31', 'month'],
  ['Sentencing is scheduled for March 14.', '2024-11-22', 'March 14', '2025-03-14', '2025-03-14', 'day'],
  ['The deal was unveiled last year.', '2023-12-27', 'last year', '2022-01-01', '2022-12-31', 'year'],
  ['Last week, the president spoke.', '2023-12-27', 'Last week', '2023-12-18', '2023-12-24', 'range'],
  ['Fox News reported this week that it rose.', '2023-12-27', 'this week', '2023-12-25', '2023-12-31', 'range'],
  ['During the four-day Christmas weekend, it rose.', '2023-12-27', 'the four-day Christmas weekend', '2023-12-22', '2023-12-25', 'range'],
  ['Over the Thanksgiving weekend, it rose.', '2024-12-02', 'the Thanksgiving weekend', '2024-11-28', '2024-12-01', 'range'],
  ['They were trained over the weekend.', '2024-09-18', 'the weekend', '2024-09-14', '2024-09-15', 'range'],
  ['It happened yesterday.', '2024-03-01', 'yesterday', '2024-02-29', '2024-02-29', 'day'],
  ['The fire started in 2019.', '2024-01-10', '2019', '2019-01-01', '2019-12-31', 'year'],
  ['Last year\'s largest burned in July.', '2024-08-05', 'July', '2023-07-01', '2023-07-31', 'month'],
  ['Vaccination was 45 percent two years ago.', '2025-02-20', 'two years ago', '2023-01-01', '2023-12-31', 'year'],
  ['It delays the raise until next January.', '2025-06-11', 'next January', '2026-01-01', '2026-01-31', 'month'],
  ['Dec. 27 (UPI) — Officials met.', '2023-12-27', 'Dec. 27', '2023-12-27', '2023-12-27', 'day'],
];

describe('extractDates', () => {
  for (const [sentence, published, text, start, end, granularity] of CASES) {
    it(`"${sentence}" published ${published} → ${text} = ${start}..${end}`, () => {
      expect(read(sentence, published)).toContainEqual({ text, start, end, granularity });
    });
  }

  it.each([
    'The crisis has ramped up in recent weeks and months.',
    'He said the fire has burned for 22 years of drought.',
    'The band may play now.',
    'They planned a second march if the vote goes ahead.',
    'It was the 2,000th visitor.',
  ])('finds no date in "%s"', (sentence) => {
    expect(read(sentence, '2024-05-05')).toEqual([]);
  });

  it('marks weekday and month readings as relative to publication and explicit years as not', () => {
    const [weekday, year] = extractDates([{ index: 1, text: 'On Friday they recalled the 2019 flood.' }], { published: '2024-05-05' });
    expect(weekday?.relative).toBe(true);
    expect(year?.relative).toBe(false);
  });
});

// Dates as reporters write them. Published on Wednesday 2025-06-11 unless a row says otherwise.
const WEDNESDAY = '2025-06-11';
type DateRow = [sentence: string, published: string, text: string, start: string, end: string, granularity: string];

const readsAs = (rows: DateRow[]) =>
  it.each(rows)('"%s" (published %s): %s → %s..%s', (sentence, published, text, start, end, granularity) => {
    const found = extractFacts([{ index: 1, text: sentence }], { id: 't', published }).dates.map((d) => ({
      text: d.mentions[0].text,
      start: d.start,
      end: d.end,
      granularity: d.granularity,
    }));
    expect(found).toContainEqual({ text, start, end, granularity });
  });

describe('ranges and periods are one fact, not their first part', () => {
  readsAs([
    ['The festival ran from May to November.', WEDNESDAY, 'from May to November', '2024-05-01', '2024-11-30', 'range'],
    ['The pool will be open from June through August.', WEDNESDAY, 'from June through August', '2025-06-01', '2025-08-31', 'range'],
    ['Floods hit the valley every year from 2010 – 2020.', WEDNESDAY, 'from 2010 – 2020', '2010-01-01', '2020-12-31', 'range'],
    ['Floods hit the valley between 2010 and 2020.', WEDNESDAY, 'between 2010 and 2020', '2010-01-01', '2020-12-31', 'range'],
    ['The mill closed in the 1990s.', WEDNESDAY, 'the 1990s', '1990-01-01', '1999-12-31', 'range'],
    ['Sales slumped in the last four months of 2016.', WEDNESDAY, 'the last four months of 2016', '2016-09-01', '2016-12-31', 'range'],
    ['Cases doubled in the last 14 days.', WEDNESDAY, 'the last 14 days', '2025-05-29', '2025-06-11', 'range'],
    ['Prices rose over the past two weeks.', WEDNESDAY, 'the past two weeks', '2025-05-29', '2025-06-11', 'range'],
    ['Ten people were arrested over the past week.', WEDNESDAY, 'the past week', '2025-06-05', '2025-06-11', 'range'],
    ['Work stopped between March 3 and March 9.', WEDNESDAY, 'between March 3 and March 9', '2025-03-03', '2025-03-09', 'range'],
  ]);
});

describe('parts of a period keep their part', () => {
  readsAs([
    ['The storm hit in early August.', WEDNESDAY, 'early August', '2024-08-01', '2024-08-10', 'part'],
    ['The storm hit in mid-August.', WEDNESDAY, 'mid-August', '2024-08-11', '2024-08-20', 'part'],
    ['The storm hit in late August.', WEDNESDAY, 'late August', '2024-08-21', '2024-08-31', 'part'],
    ['The fair closed at the end of July.', WEDNESDAY, 'the end of July', '2024-07-31', '2024-07-31', 'part'],
    ['The plant opened in early 2025.', WEDNESDAY, 'early 2025', '2025-01-01', '2025-04-30', 'part'],
    ['The plant opened in mid-2025.', WEDNESDAY, 'mid-2025', '2025-05-01', '2025-08-31', 'part'],
    ['The plant will open in late 2025.', WEDNESDAY, 'late 2025', '2025-09-01', '2025-12-31', 'part'],
    ['The bridge failed in the fall of 2010.', WEDNESDAY, 'the fall of 2010', '2010-09-01', '2010-11-30', 'part'],
    ['Work begins in summer 2025.', WEDNESDAY, 'summer 2025', '2025-06-01', '2025-08-31', 'part'],
    ['The lake dried up last summer.', WEDNESDAY, 'last summer', '2024-06-01', '2024-08-31', 'part'],
    ['The pipes froze in the winter of 2021.', WEDNESDAY, 'the winter of 2021', '2021-12-01', '2022-02-28', 'part'],
    ['Tourism slumped last autumn.', WEDNESDAY, 'last autumn', '2024-09-01', '2024-11-30', 'part'],
  ]);

  it('reads seasons for the southern hemisphere when the dateline is there', () => {
    const [season] = extractFacts([{ index: 1, text: 'The reservoir ran dry last summer.' }], { id: 't', published: WEDNESDAY, dateline: 'LISMORE, Australia' }).dates;
    expect(season).toMatchObject({ start: '2024-12-01', end: '2025-02-28', granularity: 'part' });
  });
});

describe('direction in time comes from the sentence', () => {
  readsAs([
    ['The council expects the bridge to reopen by the end of July.', WEDNESDAY, 'the end of July', '2025-07-31', '2025-07-31', 'part'],
    ['Inspectors are expected on site early Wednesday.', '2025-06-09', 'Wednesday', '2025-06-11', '2025-06-11', 'day'],
    ['The fiscal year starting April 1 brings new rates.', '2025-02-12', 'April 1', '2025-04-01', '2025-04-01', 'day'],
    ['Elections are due in March next year.', WEDNESDAY, 'March next year', '2026-03-01', '2026-03-31', 'month'],
    ['Prices have risen since last February.', '2025-02-12', 'last February', '2024-02-01', '2024-02-29', 'month'],
    ['Profits rose in the year ended Dec. 21.', WEDNESDAY, 'Dec. 21', '2024-12-21', '2024-12-21', 'day'],
    ['The shipment arrived on the 2nd.', WEDNESDAY, 'the 2nd', '2025-06-02', '2025-06-02', 'day'],
    ['It rained hard on the 25th.', WEDNESDAY, 'the 25th', '2025-05-25', '2025-05-25', 'day'],
    ['The vote is set for the 25th.', WEDNESDAY, 'the 25th', '2025-06-25', '2025-06-25', 'day'],
    ['The council votes tomorrow.', WEDNESDAY, 'tomorrow', '2025-06-12', '2025-06-12', 'day'],
  ]);

  it('counts "the previous Sunday", "a week earlier" and "the day before" from the day the sentence is about, and records that anchor', () => {
    const dates = extractFacts(
      [
        { index: 1, text: 'Turnout at the march on Sunday beat the previous Sunday.' },
        { index: 2, text: 'The dam broke on Tuesday; a week earlier, engineers had warned of cracks.' },
        { index: 3, text: 'Polls closed on Sunday. The day before, turnout was low.' },
      ],
      { id: 't', published: WEDNESDAY },
    ).dates;
    const at = (text: string) => dates.find((d) => d.mentions[0].text === text);
    expect(at('the previous Sunday')).toMatchObject({ start: '2025-06-01', anchor: { date: '2025-06-08', from: 'text' } });
    expect(at('a week earlier')).toMatchObject({ start: '2025-06-03', anchor: { date: '2025-06-10', from: 'text' } });
    expect(at('The day before')).toMatchObject({ start: '2025-06-07', anchor: { date: '2025-06-08', from: 'text' } });
  });
});

describe('not dates', () => {
  it.each([
    'She was re-elected for a second term.',
    'Police patrolled during the hours leading up to the rally.',
    'She sat down and wept.',
    'Turnout was high. (Source: USA Today)',
    'Organisers of the Women\'s March met the mayor.',
    'Prices rose twice in the month.',
    'It was the wettest spell in the year.',
  ])('finds no date in "%s"', (sentence) => {
    expect(extractFacts([{ index: 1, text: sentence }], { id: 't', published: WEDNESDAY }).dates.map((d) => d.mentions[0].text)).toEqual([]);
  });

  it('reads months that are given names as people, and the weekday beside them as the right day', () => {
    const facts = extractFacts([{ index: 1, text: 'Prime Minister Theresa May said on Tuesday that Senator April Ryan and Rep. June Carter voted no.' }], { id: 't', published: WEDNESDAY });
    expect(facts.people.map((p) => p.name)).toEqual(['Theresa May', 'April Ryan', 'June Carter']);
    expect(facts.dates.map((d) => [d.mentions[0].text, d.start])).toEqual([['Tuesday', '2025-06-10']]);
  });
});

describe('periods cut at publication, quarters and weekends', () => {
  readsAs([
    ['Exports rose 4% so far this year.', WEDNESDAY, 'so far this year', '2025-01-01', '2025-06-11', 'range'],
    ['It is the busiest month of the year so far.', WEDNESDAY, 'the year so far', '2025-01-01', '2025-06-11', 'range'],
    ['Schools stay shut for the rest of the week.', WEDNESDAY, 'the rest of the week', '2025-06-11', '2025-06-15', 'range'],
    ['The film must hold up over the coming weekend.', '2025-06-09', 'the coming weekend', '2025-06-14', '2025-06-15', 'range'],
    ['Output fell in the second quarter.', '2025-08-20', 'the second quarter', '2025-04-01', '2025-06-30', 'part'],
    ['Prices rose 1.1% in the September quarter.', '2025-10-29', 'the September quarter', '2025-07-01', '2025-09-30', 'part'],
    ['Sales were flat in Q4 2024.', WEDNESDAY, 'Q4 2024', '2024-10-01', '2024-12-31', 'part'],
  ]);

  it('reads quarters as fiscal when the article speaks of its full year and the dateline says when that starts', () => {
    const dates = extractFacts(
      [{ index: 1, text: 'The maker kept its full-year forecast. Profit fell in the first quarter.' }, { index: 2, text: 'It sold 2 million cars in the quarter.' }],
      { id: 't', published: '2025-08-06', dateline: 'OSAKA' },
    ).dates;
    expect(dates.map((d) => [d.mentions[0].text, d.start, d.end])).toEqual([
      ['the first quarter', '2025-04-01', '2025-06-30'],
      ['the quarter', '2025-04-01', '2025-06-30'],
    ]);
  });
});

describe('direction and anchors, further cases', () => {
  readsAs([
    // "next Wednesday" on a Wednesday is a week on; "last Wednesday" a week back.
    ['The union will march again next Wednesday.', WEDNESDAY, 'next Wednesday', '2025-06-18', '2025-06-18', 'day'],
    ['They marched last Wednesday.', WEDNESDAY, 'last Wednesday', '2025-06-04', '2025-06-04', 'day'],
    // "a year earlier" is the day the sentence is about, a year back; "the year before" a whole year.
    ['Sales reached 46%, up from 41% a year earlier.', WEDNESDAY, 'a year earlier', '2024-06-11', '2024-06-11', 'day'],
    ['The county compared it with 2019, when 900 fell ill between March and August that year.', WEDNESDAY, 'between March and August that year', '2019-03-01', '2019-08-31', 'range'],
    ['Orders for autumn are thin.', '2025-08-06', 'autumn', '2025-09-01', '2025-11-30', 'part'],
    ['Cinemas hope to recover after a weak spring.', WEDNESDAY, 'spring', '2025-03-01', '2025-05-31', 'part'],
  ]);
});

describe('not dates, further cases', () => {
  it.each([
    'A new teacher earns Sh31,000 a month before deductions.',
    'It was the hottest June day on record.',
    'Hospitals are short of summer staff.',
    'It beat the 1.2 million of its opening weekend.',
    'The fire reached the hamlets of Vila do Mar.',
    'The court suspended the last year and a half of the term.',
    '"Families are coming back for a second viewing," she said.',
  ])('finds no date in "%s"', (sentence) => {
    expect(extractFacts([{ index: 1, text: sentence }], { id: 't', published: WEDNESDAY }).dates.map((d) => d.mentions[0].text)).toEqual([]);
  });

  it('reads "Today" opening a quoted sentence as the day of publication', () => {
    const dates = extractFacts([{ index: 1, text: 'said Ola Berg, 71. "Today I cried."' }], { id: 't', published: WEDNESDAY }).dates;
    expect(dates.map((d) => [d.mentions[0].text, d.start])).toEqual([['Today', '2025-06-11']]);
  });

  it('keeps a season the clause puts in the future', () => {
    const dates = extractFacts([{ index: 1, text: 'The winner will tour a series of summer concerts.' }], { id: 't', published: '2026-02-15' }).dates;
    expect(dates.map((d) => [d.mentions[0].text, d.start])).toEqual([['summer', '2026-06-01']]);
  });
});

describe('holidays, periods to a month, and day-first ranges', () => {
  readsAs([
    ['Shops close on Good Friday.', '2025-04-10', 'Good Friday', '2025-04-18', '2025-04-18', 'day'],
    ['Crowds marched on Anzac Day.', '2025-04-28', 'Anzac Day', '2025-04-25', '2025-04-25', 'day'],
    ['Retailers expect a record Black Friday.', '2025-11-20', 'Black Friday', '2025-11-28', '2025-11-28', 'day'],
    ['Exports grew 3% in the 12 months to June.', '2025-07-15', 'the 12 months to June', '2024-07-01', '2025-06-30', 'range'],
    ['Profit rose in the year to March 2026.', '2026-05-12', 'the year to March 2026', '2025-04-01', '2026-03-31', 'range'],
    ['The index fell earlier this month.', '2025-03-20', 'earlier this month', '2025-03-01', '2025-03-19', 'part'],
    ['Rent is due on the 1st of next month.', WEDNESDAY, 'the 1st of next month', '2025-07-01', '2025-07-01', 'day'],
    ['The festival runs from 17 to 20 July.', WEDNESDAY, '17 to 20 July', '2025-07-17', '2025-07-20', 'range'],
    ['Fourth-quarter profit fell.', '2025-02-10', 'Fourth-quarter', '2024-10-01', '2024-12-31', 'part'],
    ['In September sales rose 4%, up from 2% a year earlier.', '2025-10-08', 'a year earlier', '2024-09-01', '2024-09-30', 'month'],
    // A date that opens its clause takes the tense after it.
    ['In May the Lords may vote on the bill.', '2025-04-29', 'May', '2025-05-01', '2025-05-31', 'month'],
    ['The update, due in April, adds languages.', '2025-02-21', 'April', '2025-04-01', '2025-04-30', 'month'],
  ]);

  it.each(['The helpline runs 24/7 for callers.', 'Shares fell 3% to 9/16 of their peak.'])('finds no date in "%s"', (sentence) => {
    expect(extractFacts([{ index: 1, text: sentence }], { id: 't', published: WEDNESDAY }).dates.map((d) => d.mentions[0].text)).toEqual([]);
  });
});
