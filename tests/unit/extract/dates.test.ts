import { describe, expect, it } from 'vitest';
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
