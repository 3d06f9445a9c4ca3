// Units a figure can be counted in: currencies, measures and the nouns that count people.
import type { UnitKind } from '../types';

/**
 * Currency symbols and codes written before a number, lower case, with the currency they stand
 * for ("$14 billion", "Rs 9,500 crore", "US$2m").
 */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'US dollars', us$: 'US dollars', usd: 'US dollars', 'c$': 'Canadian dollars', 'ca$': 'Canadian dollars',
  'a$': 'Australian dollars', 'au$': 'Australian dollars', 'nz$': 'New Zealand dollars', 'hk$': 'Hong Kong dollars',
  's$': 'Singapore dollars', 'mx$': 'Mexican pesos', 'r$': 'Brazilian reais', '€': 'euros', eur: 'euros',
  '£': 'British pounds', gbp: 'British pounds', '¥': 'yen', jpy: 'yen', cny: 'yuan', rmb: 'yuan', '₹': 'Indian rupees',
  rs: 'Indian rupees', 'rs.': 'Indian rupees', inr: 'Indian rupees', '₦': 'naira', ngn: 'naira', '₩': 'won', krw: 'won',
  '₱': 'Philippine pesos', php: 'Philippine pesos', ksh: 'Kenyan shillings', kes: 'Kenyan shillings', chf: 'Swiss francs',
  zar: 'rand', '₺': 'lira', '₽': 'rubles', '₪': 'shekels',
};

/** Currency names written after a number ("500 million soles", "3.8 billion euros"), lower case. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'US dollars', dollar: 'US dollars', 'us dollars': 'US dollars', euros: 'euros', euro: 'euros',
  pesos: 'Mexican pesos', peso: 'Mexican pesos', yen: 'yen', yuan: 'yuan', renminbi: 'yuan', soles: 'Peruvian soles',
  rupees: 'Indian rupees', rupee: 'Indian rupees', rubles: 'rubles', roubles: 'rubles', sterling: 'British pounds',
  'pounds sterling': 'British pounds', naira: 'naira', rand: 'rand', shillings: 'Kenyan shillings', francs: 'Swiss francs',
  reais: 'Brazilian reais', lira: 'lira', shekels: 'shekels', dirhams: 'dirhams', riyals: 'riyals', ringgit: 'ringgit',
  baht: 'baht', won: 'won', zloty: 'zloty', forint: 'forint', krona: 'kronor', kronor: 'kronor', kroner: 'kroner',
  hryvnias: 'hryvnias', dinars: 'dinars', cedis: 'cedis', kwacha: 'kwacha', taka: 'taka',
};

/**
 * "pounds" is money after a scale word ("£", "100 million pounds") and weight otherwise ("40
 * pounds of cocaine"); the reader decides with this word.
 */
export const AMBIGUOUS_POUNDS = 'pounds';

/** A measure written after a number: its normal name and kind. */
export interface MeasureUnit {
  unit: string;
  kind: UnitKind;
}

const measures = (kind: UnitKind, entries: Record<string, string>): Record<string, MeasureUnit> =>
  Object.fromEntries(Object.entries(entries).map(([word, unit]) => [word, { unit, kind }]));

/** Measures and shares written after a number, singular or plural, lower case. */
export const MEASURE_UNITS: Record<string, MeasureUnit> = {
  ...measures('percent', { percent: 'percent', 'per cent': 'percent', pct: 'percent', '%': 'percent' }),
  ...measures('percentage-points', { 'percentage points': 'percentage points', 'percentage point': 'percentage points', 'basis points': 'basis points', 'basis point': 'basis points' }),
  ...measures('length', {
    miles: 'miles', mile: 'miles', km: 'kilometers', kilometers: 'kilometers', kilometres: 'kilometers', kilometer: 'kilometers',
    kilometre: 'kilometers', meters: 'meters', metres: 'meters', meter: 'meters', metre: 'meters', feet: 'feet', foot: 'feet',
    ft: 'feet', inches: 'inches', inch: 'inches', centimeters: 'centimeters', centimetres: 'centimeters', cm: 'centimeters',
    millimeters: 'millimeters', millimetres: 'millimeters', mm: 'millimeters', yards: 'yards', 'nautical miles': 'nautical miles',
  }),
  ...measures('area', {
    acres: 'acres', acre: 'acres', hectares: 'hectares', hectare: 'hectares', ha: 'hectares', 'square miles': 'square miles',
    'square kilometers': 'square kilometers', 'square kilometres': 'square kilometers', 'sq km': 'square kilometers',
    'square feet': 'square feet', 'sq ft': 'square feet', 'square meters': 'square meters', 'square metres': 'square meters',
  }),
  ...measures('mass', {
    tons: 'tons', ton: 'tons', tonnes: 'tonnes', tonne: 'tonnes', kilograms: 'kilograms', kilogram: 'kilograms', kg: 'kilograms',
    kilos: 'kilograms', grams: 'grams', lbs: 'pounds', ounces: 'ounces', 'metric tons': 'tonnes',
  }),
  ...measures('volume', {
    gallons: 'gallons', liters: 'liters', litres: 'liters', barrels: 'barrels', 'cubic meters': 'cubic meters',
    'cubic metres': 'cubic meters', 'cubic feet': 'cubic feet',
  }),
  ...measures('speed', { mph: 'miles per hour', 'miles per hour': 'miles per hour', 'km/h': 'kilometers per hour', kph: 'kilometers per hour', 'kilometres per hour': 'kilometers per hour', 'kilometers per hour': 'kilometers per hour', knots: 'knots' }),
  ...measures('temperature', { degrees: 'degrees', degree: 'degrees', '°c': 'degrees Celsius', '°f': 'degrees Fahrenheit', celsius: 'degrees Celsius', fahrenheit: 'degrees Fahrenheit' }),
  ...measures('duration', {
    years: 'years', year: 'years', months: 'months', month: 'months', weeks: 'weeks', week: 'weeks', days: 'days', day: 'days',
    hours: 'hours', hour: 'hours', minutes: 'minutes', minute: 'minutes', seconds: 'seconds', decades: 'decades', decade: 'decades',
  }),
  ...measures('other', { megawatts: 'megawatts', mw: 'megawatts', gigawatts: 'gigawatts', kwh: 'kilowatt hours', points: 'points' }),
};

/**
 * Nouns for a body of people whose count is a count of people: "a crowd of 4,000", "the death
 * toll rose to 145", "turnout topped 3,000". Nouns for individual people are found through
 * WordNet (their first sense is a person), so they are not listed.
 */
export const PEOPLE_COLLECTIVES = new Set([
  'people', 'crowd', 'crowds', 'turnout', 'attendance', 'audience', 'toll', 'death toll', 'workforce', 'population', 'membership',
  'headcount', 'staff', 'personnel', 'crew', 'electorate', 'public', 'police', 'dead', 'injured', 'wounded', 'missing',
  'homeless', 'unemployed', 'displaced', 'evacuated', 'killed', 'stranded', 'arrested', 'rescued', 'jobless', 'casualties',
  'fatalities', 'viewership', 'ridership', 'readership', 'enrollment', 'enrolment',
]);

/** Plural nouns that do not end in "s". */
export const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'crew', 'feet', 'teeth', 'mice', 'geese', 'cattle', 'livestock', 'dead', 'injured', 'wounded', 'missing', 'homeless', 'unemployed', 'data', 'media', 'criteria', 'alumni']);
