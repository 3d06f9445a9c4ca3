// The wording around a figure that says which quantity it is: whether it is a level, a change
// or a rate, an actual or a forecast, what happened to the things counted, and who gives it.
// Lower case throughout; a reader compares lemmas (wink's `its.lemma`) or words as written.
import type { FigureOutcome } from '../types';

/**
 * Lemmas of verbs of change: "payrolls climbed by 64,000", "sales fell 3%". With "by" or a bare
 * object the figure is the change; with "to" it is the new level.
 */
export const CHANGE_VERBS = new Set([
  'rise', 'fall', 'climb', 'drop', 'jump', 'increase', 'decrease', 'decline', 'grow', 'soar', 'plunge', 'surge', 'slide',
  'slip', 'edge', 'gain', 'lose', 'add', 'shed', 'cut', 'rebound', 'dip', 'tumble', 'sink', 'shrink', 'swell', 'widen',
  'narrow', 'ease', 'spike', 'slump', 'plummet', 'advance', 'retreat', 'contract', 'expand', 'balloon', 'create', 'boost',
  'raise', 'lower', 'reduce', 'trim', 'slash', 'hike', 'go',
]);

/** Lemmas of verbs that state a level: "the toll reached 145", "turnout stood at 61%". */
export const LEVEL_VERBS = new Set([
  'reach', 'stand', 'total', 'hit', 'number', 'top', 'exceed', 'surpass', 'pass', 'cross', 'remain', 'stay', 'settle',
  'approach', 'near', 'hover', 'climb', 'rise', 'fall', 'drop', 'be', 'put', 'estimate', 'place', 'peg', 'count', 'record',
  'register', 'report', 'see', 'forecast', 'project', 'predict', 'expect',
]);

/** Nouns that name a change: "a 3% rise", "an increase of 6.2 percent". */
export const CHANGE_NOUNS = new Set([
  'increase', 'rise', 'drop', 'decline', 'fall', 'gain', 'loss', 'jump', 'cut', 'growth', 'decrease', 'hike', 'reduction',
  'surge', 'slump', 'dip', 'rebound', 'contraction', 'expansion', 'change', 'swing', 'improvement', 'deterioration',
]);

/** Adverbs of change right before a figure: "up 41%", "down 3 points". */
export const CHANGE_ADVERBS = new Set(['up', 'down', 'higher', 'lower', 'more', 'fewer', 'less']);

/** Wording after a figure that makes it a rate per unit of time or per head ("2,000 a day", "per capita"). */
export const RATE_CUES = [
  'a day', 'a week', 'a month', 'a year', 'an hour', 'a minute', 'per day', 'per week', 'per month', 'per year', 'per hour',
  'per minute', 'per annum', 'per capita', 'per head', 'per person', 'each day', 'each week', 'each month', 'each year',
  'every day', 'every week', 'every month', 'every year', 'daily', 'weekly', 'monthly', 'annually', 'yearly', 'a night',
  'per night', 'per 100,000', 'per 1,000', 'per thousand', 'a head', 'a pop', 'apiece',
];

/** Words in a figure's clause that make it a forecast or an expectation rather than an actual. */
export const FORECAST_CUES = new Set([
  'expect', 'expected', 'expects', 'expectation', 'expectations', 'forecast', 'forecasts', 'forecaster', 'forecasters',
  'predicted', 'predict', 'predicts', 'prediction', 'projected', 'project', 'projects', 'projection', 'projections',
  'consensus', 'pencilled', 'penciled', 'anticipated', 'anticipate', 'outlook', 'guidance', 'seen', 'poll', 'polled',
  'survey', 'surveyed', 'estimate', 'estimates', 'likely', 'could', 'would', 'might', 'may', 'will', 'shall', 'should', 'possible',
]);

/**
 * "estimate" and "estimates" mean a forecast only with someone expecting something ("economists'
 * estimates", "analysts' estimates"); "estimated at 6,000" is a rounded actual. These words, in
 * the same clause, make "estimate" a forecast.
 */
export const FORECASTERS = new Set(['economist', 'economists', 'analyst', 'analysts', 'forecaster', 'forecasters', 'market', 'markets', 'consensus', 'poll', 'survey', 'wall', 'street']);

/** Words in a figure's clause that make it a target, goal or promise. */
export const TARGET_CUES = new Set([
  'target', 'targets', 'targeted', 'targeting', 'goal', 'goals', 'aim', 'aims', 'aiming', 'aimed', 'pledge', 'pledged',
  'pledges', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows', 'ceiling', 'cap', 'capped', 'quota', 'objective',
  'commitment', 'committed', 'plan', 'plans', 'planned', 'intends', 'intend', 'seeks', 'seek', 'wants', 'proposed',
  'proposes', 'propose', 'proposal', 'demand', 'demanded', 'demands', 'demanding', 'offer', 'offered', 'offers', 'offering',
]);

/** What happened to the things counted, by the words that say so (lemmas and inflected forms). */
export const OUTCOME_WORDS: Record<Exclude<FigureOutcome, 'other'>, readonly string[]> = {
  dead: ['dead', 'death', 'deaths', 'die', 'died', 'dies', 'dying', 'kill', 'kills', 'killed', 'killing', 'fatal', 'fatalities',
    'fatality', 'toll', 'bodies', 'body', 'perish', 'perished', 'drown', 'drowned', 'lives', 'deceased', 'murdered', 'slain'],
  injured: ['injured', 'injure', 'injures', 'injuring', 'injury', 'injuries', 'wounded', 'wound', 'wounds', 'wounding', 'hurt',
    'hospitalised', 'hospitalized', 'hospitalisations', 'hospitalizations', 'treated'],
  missing: ['missing', 'unaccounted', 'disappeared'],
  displaced: ['evacuated', 'evacuate', 'evacuates', 'evacuating', 'evacuation', 'evacuations', 'evacuees', 'evacuee', 'displaced',
    'displace', 'homeless', 'fled', 'flee', 'relocated', 'sheltered', 'uprooted'],
  arrested: ['arrest', 'arrests', 'arrested', 'arresting', 'detained', 'detain', 'detention', 'detentions', 'held', 'custody', 'charged', 'apprehended'],
  rescued: ['rescued', 'rescue', 'rescues', 'rescuing', 'saved', 'survivors', 'survived', 'freed', 'pulled'],
  affected: ['affected', 'affect', 'impacted', 'hit', 'stranded', 'without'],
};

/**
 * Verbs that attribute a figure or a quotation to someone ("police said", "organisers claimed").
 * "confirmed" is left out: "people confirmed dead" would name the counted things as the source.
 */
export const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'estimated', 'estimates', 'estimate', 'claimed', 'claims', 'claim', 'put', 'puts',
  'announced', 'announces', 'insisted', 'suggested', 'suggests', 'showed', 'shows', 'reported', 'reports', 'counted',
  'tallied', 'recorded', 'calculated', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes',
]);

/**
 * Verbs that introduce a quotation, beyond {@link ATTRIBUTION_VERBS}: speech only, never a
 * source of numbers.
 */
export const SPEECH_VERBS = new Set([
  ...['said', 'says', 'say', 'called', 'calls', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'wrote', 'writes'],
  ...['tweeted', 'posted', 'announced', 'declared', 'explained', 'explains', 'noted', 'notes', 'insisted', 'insists', 'warned'],
  ...['warns', 'argued', 'argues', 'asked', 'asks', 'replied', 'continued', 'recalled', 'acknowledged', 'admitted', 'claimed'],
  ...['claims', 'conceded', 'cautioned', 'urged', 'vowed', 'testified', 'emphasized', 'emphasised', 'stressed', 'remarked'],
  ...['concluded', 'responded', 'shouted', 'chanted', 'read'],
]);

/**
 * Nouns for a group or an amount of something: the counted thing is the noun after "of" ("an
 * influx of migrants", "the number of dead", "a total of 14 homes").
 */
export const COLLECTIVE_HEADS = new Set([
  'influx', 'wave', 'group', 'caravan', 'number', 'total', 'batch', 'flow', 'surge', 'stream', 'convoy', 'cohort', 'tally',
  'count', 'majority', 'share', 'amount', 'sum', 'lot', 'body', 'column', 'contingent', 'proportion', 'percentage', 'rate',
  'level', 'figure', 'estimate', 'quarter', 'half', 'third', 'fraction', 'portion', 'part', 'handful', 'host', 'crowd', 'crowds',
  'throng', 'fleet', 'team', 'cluster', 'series', 'set', 'pair', 'dozen', 'dozens', 'scores', 'hundreds', 'thousands', 'millions',
]);

/**
 * Heads that say how much of something there is without saying what it is: a figure counted as
 * "the total" or "the figure" takes its meaning from the words around it.
 */
export const GENERIC_HEADS = new Set([
  'number', 'total', 'figure', 'count', 'tally', 'amount', 'sum', 'level', 'estimate', 'one', 'ones', 'others', 'other', 'more', 'some', 'all',
  'people', 'person', 'individual', 'unit', 'item', 'thing',
]);

/**
 * Heads of a source phrase that name no one in particular: a source ending in one ("transit
 * officials", "union figures") may be the same body as another source worded differently.
 */
export const SOURCE_VAGUE_HEADS = new Set(
  `he she they it we i you who official officials authorities government source sources report reports statement statements
  figure figures estimate estimates count counts tally tallies data record records spokesperson spokesman spokeswoman people person number`.split(/\s+/),
);

/** Bodies a story names in full once and then refers back to ("the agency"): as a source's head they do not tell it apart. */
export const SOURCE_INSTITUTIONS = new Set(
  'agency authority ministry department company office board commission council association organization organisation service bureau administration'.split(' '),
);

/** Words beside a source that say nothing about who it is. */
export const SOURCE_NOISE = new Set(
  `also later earlier initially initial preliminary latest new first local state national federal reporter reporters
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night week month year`.split(/\s+/),
);

/**
 * Outcomes whose counts keep moving while an event unfolds: reports hours or days apart give
 * different numbers because the count rose, not because they disagree.
 */
export const RUNNING_OUTCOMES: ReadonlySet<FigureOutcome> = new Set(['dead', 'injured', 'missing', 'displaced', 'rescued', 'arrested']);

/** Head nouns (lemmas) of counts that run on while an event unfolds, whatever the outcome cue says. */
export const RUNNING_COUNT_HEADS = new Set([
  'case', 'infection', 'vote', 'ballot', 'evacuee', 'arrest', 'death', 'casualty', 'fatality', 'victim', 'toll', 'hospitalisation',
  'hospitalization', 'admission', 'survivor', 'detainee', 'body', 'patient', 'aftershock', 'seat', 'precinct', 'vaccination', 'dose',
  'displaced', 'evacuated', 'injured', 'dead', 'missing', 'injury', 'rescue',
]);
