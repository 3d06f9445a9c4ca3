import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract';

function figures(text: string) {
  return extractFacts([{ index: 1, text }], { id: 't', published: '2024-05-05' }).figures;
}

// [sentence, span, value, lower, upper, qualifier, unit, counted]
const CASES: Array<[string, string, number, number | null, number | null, string, string, string]> = [
  ['A caravan, estimated to include over 8,000 migrants, moved north.', 'over 8,000', 8000, 8000, null, 'more-than', 'people', 'migrants'],
  ['A new influx of migrants, estimated at 6,000, is walking north.', 'estimated at 6,000', 6000, 5400, 6600, 'about', 'people', 'migrants'],
  ['Between 6,000 and 10,000 people marched.', 'Between 6,000 and 10,000', 6000, 6000, 10000, 'range', 'people', 'people'],
  ['It allows tens of thousands of migrants in each month.', 'tens of thousands', 20000, 20000, 99999, 'range', 'people', 'migrants'],
  ['The White House has requested $14 billion in additional border security funding.', '$14 billion', 14e9, 14e9, 14e9, 'exact', 'US dollars', 'additional border security funding'],
  ['The record was set in September (269,735).', '269,735', 269735, 269735, 269735, 'exact', 'count', ''],
  ['That does not include the more than 11,000 who are waiting.', 'more than 11,000', 11000, 11000, null, 'more-than', 'people', 'people waiting'],
  ['It excludes the more than 11,000 who are waiting to enter the United States in shelters.', 'more than 11,000', 11000, 11000, null, 'more-than', 'people', 'people waiting to enter the United States'],
  ['The quake killed 142 people, injuring more than 900.', 'more than 900', 900, 900, null, 'more-than', 'people', 'people injured'],
  ['A magnitude 7.1 earthquake struck the coast.', '7.1', 7.1, 7.1, 7.1, 'exact', 'magnitude', 'earthquake'],
  ['Officials put the magnitude at 7.3 before revising it.', '7.3', 7.3, 7.3, 7.3, 'exact', 'magnitude', 'magnitude'],
  ['Police put the crowd at about 4,000.', 'about 4,000', 4000, 3600, 4400, 'about', 'people', 'crowd'],
  ['Organizers claimed a turnout of more than 10,000.', 'more than 10,000', 10000, 10000, null, 'more-than', 'people', 'turnout'],
  ['The death toll from the quake rose to 142 on Wednesday.', '142', 142, 142, 142, 'exact', 'people', 'death toll'],
  ['Humidity could drop to 8 percent on Tuesday.', '8 percent', 8, 8, 8, 'exact', 'percent', 'Humidity'],
  ['Applications were up 41% from the previous week.', '41%', 41, 41, 41, 'exact', 'percent', 'increase'],
  ['The president pledged 500 million soles ($134 million) in reconstruction aid across three provinces.', '500 million soles', 5e8, 5e8, 5e8, 'exact', 'Peruvian soles', 'reconstruction aid'],
  ['The budget includes $128 billion for schools and community colleges.', '$128 billion', 128e9, 128e9, 128e9, 'exact', 'US dollars', 'schools and community colleges'],
  ['There were more than 35,000 migrant encounters at the southern border.', 'more than 35,000', 35000, 35000, null, 'more-than', 'migrant encounters', 'migrant encounters at the southern border'],
  ['About 3,400 homes without power were reported.', 'About 3,400', 3400, 3060, 3740, 'about', 'homes', 'homes without power'],
  ['The CDC estimates 370,000 hospitalizations and 16,000 deaths.', '16,000', 16000, 16000, 16000, 'exact', 'deaths', 'deaths'],
  ['Hospitals were treating about 300 of the most serious cases.', 'about 300', 300, 270, 330, 'about', 'cases', 'serious cases'],
  ['Turnout rose to 45% of voters.', '45%', 45, 45, 45, 'exact', 'percent', 'voters'],
  ['Ridership has fallen 18 percent since 2019.', '18 percent', 18, 18, 18, 'exact', 'percent', 'Ridership'],
  ['Three people were arrested.', 'Three', 3, 3, 3, 'exact', 'people', 'people'],
  ['A dozen homes burned.', 'A dozen', 12, 12, 12, 'exact', 'homes', 'homes'],
  ['Two-thirds of voters backed it.', 'Two-thirds', 66.67, 66.67, 66.67, 'exact', 'percent', 'voters'],
  ['Nearly 1,900 firefighters were assigned.', 'Nearly 1,900', 1900, 1710, 1900, 'about', 'people', 'firefighters'],
  ['He faces up to 20 years in prison.', 'up to 20 years', 20, null, 20, 'at-most', 'years', 'years in prison'],
  ['Fewer than 300 people attended.', 'Fewer than 300', 300, null, 300, 'less-than', 'people', 'people'],
  ['The fire burned 48,500 acres.', '48,500 acres', 48500, 48500, 48500, 'exact', 'acres', 'acres'],
  ['It cost €2.5m to build.', '€2.5m', 2.5e6, 2.5e6, 2.5e6, 'exact', 'euros', ''],
  ['Hundreds of thousands of people fled.', 'Hundreds of thousands', 200000, 200000, 999999, 'range', 'people', 'people'],
  ['About 2,600 nurses walked out.', 'About 2,600', 2600, 2340, 2860, 'about', 'people', 'nurses'],
  ['The agency pledged 500 million soles in aid.', '500 million soles', 5e8, 5e8, 5e8, 'exact', 'Peruvian soles', 'aid'],
];

describe('extractFigures', () => {
  for (const [sentence, span, value, lower, upper, qualifier, unit, counted] of CASES) {
    it(`"${sentence}" → ${span}`, () => {
      const found = figures(sentence).find((f) => f.mentions[0].text === span);
      expect(found, JSON.stringify(figures(sentence))).toBeDefined();
      expect({ value: found!.value, lower: found!.lower, upper: found!.upper, qualifier: found!.qualifier, unit: found!.unit, counted: found!.counted }).toEqual({
        value,
        lower,
        upper,
        qualifier,
        unit,
        counted,
      });
    });
  }

  it('never takes a verb for the unit', () => {
    for (const sentence of ['The budget spends $312 billion.', 'Prices went up by 3 and then 4 went.', 'The quake struck at 7.1 on the scale.']) {
      for (const figure of figures(sentence)) expect(['went', 'struck', 'spends']).not.toContain(figure.unit);
    }
  });

  it('reads the counted thing before the number when nothing follows it', () => {
    const [figure] = figures('A new influx of migrants, estimated at 6,000, is walking north.');
    expect(figure?.countedSpan?.text).toBe('migrants');
  });

  it.each([
    ['ages', 'The 45-year-old driver and Smith, 58, were hurt.'],
    ['years and dates', 'In 2019, on Dec. 1 and March 14, nothing happened.'],
    ['times of day', 'It hit at 4:12 a.m. and again at 3 p.m. on Friday.'],
    ['ordinals', 'He scored in the 86th minute of the 2nd half.'],
    ['match scores', 'Spain beat England 2-1 in Berlin.'],
    ['compound adjectives', 'A four-day weekend and a 60-day emergency began.'],
    ['codes and names', 'COVID-19 cases and K-12 schools under Title 42 rules.'],
    ['anaphoric numbers', 'The two agreed that action was needed; one of them spoke.'],
  ])('finds no figure in %s', (_, sentence) => {
    expect(figures(sentence).map((f) => f.mentions[0].text)).toEqual([]);
  });
});
