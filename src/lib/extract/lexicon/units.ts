// Units a figure can be counted in, and the nouns that count people.

/** Currency symbols and codes written before a number, with the unit they stand for. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '$': 'US dollars', 'us$': 'US dollars', 'usd': 'US dollars', 'c$': 'Canadian dollars', 'a$': 'Australian dollars',
  '€': 'euros', 'eur': 'euros', '£': 'British pounds', 'gbp': 'British pounds', '¥': 'yen', '₹': 'Indian rupees',
  'mx$': 'Mexican pesos',
};

/** Currency names written after a number. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'US dollars', dollar: 'US dollars', euros: 'euros', euro: 'euros', pesos: 'Mexican pesos', yen: 'yen',
  yuan: 'yuan', soles: 'Peruvian soles', rupees: 'Indian rupees', rubles: 'rubles', roubles: 'rubles', sterling: 'British pounds',
};

/** Measurement and count units written after a number, singular or plural, with their normal name. */
export const MEASURE_UNITS: Record<string, string> = {
  percent: 'percent', 'per cent': 'percent', '%': 'percent', 'percentage points': 'percentage points',
  'percentage point': 'percentage points', 'points': 'points', point: 'points',
  miles: 'miles', mile: 'miles', km: 'kilometers', kilometers: 'kilometers', kilometres: 'kilometers',
  kilometer: 'kilometers', kilometre: 'kilometers', meters: 'meters', metres: 'meters', meter: 'meters', metre: 'meters',
  feet: 'feet', foot: 'feet', ft: 'feet', inches: 'inches', inch: 'inches', centimeters: 'centimeters', cm: 'centimeters',
  millimeters: 'millimeters', mm: 'millimeters', acres: 'acres', acre: 'acres', hectares: 'hectares', hectare: 'hectares',
  'square miles': 'square miles', 'square kilometers': 'square kilometers', 'square feet': 'square feet',
  degrees: 'degrees', degree: 'degrees', mph: 'miles per hour', 'km/h': 'kilometers per hour', kph: 'kilometers per hour',
  tons: 'tons', tonnes: 'tonnes', ton: 'tons', tonne: 'tonnes', kilograms: 'kilograms', kg: 'kilograms', pounds: 'pounds',
  lbs: 'pounds', gallons: 'gallons', liters: 'liters', litres: 'liters', barrels: 'barrels', megawatts: 'megawatts',
  years: 'years', year: 'years', months: 'months', month: 'months', weeks: 'weeks', week: 'weeks', days: 'days',
  day: 'days', hours: 'hours', hour: 'hours', minutes: 'minutes', minute: 'minutes', seconds: 'seconds',
};

/** Nouns that count people, so their figures share the unit "people". */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'migrants', 'immigrants', 'refugees', 'asylum-seekers', 'residents', 'citizens',
  'voters', 'workers', 'employees', 'staff', 'members', 'protesters', 'protestors', 'demonstrators', 'marchers',
  'supporters', 'fans', 'spectators', 'visitors', 'tourists', 'passengers', 'patients', 'children', 'kids', 'adults',
  'students', 'teachers', 'nurses', 'doctors', 'officers', 'police', 'soldiers', 'troops', 'civilians', 'victims',
  'survivors', 'dead', 'injured', 'wounded', 'casualties', 'fatalities', 'evacuees', 'inmates', 'prisoners',
  'detainees', 'households', 'families', 'men', 'women', 'individuals', 'customers', 'subscribers', 'users', 'americans',
  'mexicans', 'firefighters', 'rescuers', 'volunteers', 'delegates', 'lawmakers', 'officials', 'candidates', 'athletes',
  'players', 'runners', 'attendees', 'participants', 'strikers',
  'pupils', 'babies', 'infants', 'seniors', 'veterans', 'homeowners', 'renters', 'tenants', 'drivers', 'farmers',
  'miners', 'pilots', 'crew', 'hostages', 'missing', 'homeless', 'unemployed', 'hispanics', 'latinos', 'investors', 'shareholders',
  'employees', 'engineers', 'journalists', 'reporters', 'agents', 'guards', 'sailors', 'marines', 'crew members',
  'fishermen', 'climbers', 'hikers', 'swimmers', 'shoppers', 'commuters', 'riders', 'travelers', 'travellers', 'pilgrims',
  'asylum seekers', 'applicants', 'recruits', 'defendants', 'suspects', 'fighters', 'militants', 'rebels', 'police officers',
  'injured', 'killed', 'stranded', 'displaced', 'evacuated', 'arrested', 'rescued',
]);

/** Plural nouns that do not end in "s". */
export const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'crew', 'feet', 'teeth', 'mice', 'geese', 'cattle', 'livestock', 'dead', 'injured', 'wounded', 'missing', 'homeless', 'unemployed', 'data', 'media', 'criteria', 'alumni']);
