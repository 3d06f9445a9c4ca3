// Number words, scale words and the wording that bounds a figure. The values of spelled-out
// numbers come from compromise (see extract/figures/numberWords.ts); these lists say which words
// can be part of one, and what the vague and bounding words mean.

/** Spelled-out numbers below a hundred that can stand alone or start a number ("eleven", "forty"). */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words written after a number ("1.2 million", "Rs 2.6 lakh crore") and their factors. */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/**
 * Scale abbreviations glued to a number ("$14bn", "8k", "€2.5m", "Rs 500cr"). A bare "m" after a
 * number without a currency is too often metres, so it is a scale only after a currency.
 */
export const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, cr: 1e7 };

/** Scale suffixes that need a currency before the number to be a scale (see {@link SCALE_SUFFIXES}). */
export const CURRENCY_ONLY_SUFFIXES = new Set(['m', 'b']);

/** Words for a multiple of another amount ("roughly triple the number", "twice as many"). */
export const MULTIPLIERS: Record<string, number> = { twice: 2, double: 2, doubled: 2, triple: 3, treble: 3, tripled: 3, quadruple: 4, quadrupled: 4, quintuple: 5 };

/** Fractions written as words, as shares of a whole ("two-thirds", "a quarter of"). */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, eighth: 1 / 8, eighths: 1 / 8, tenth: 1 / 10, tenths: 1 / 10,
};

/**
 * Vague plural quantities as [lowest, highest] readings: "dozens" is at least two dozen and fewer
 * than a gross; "tens of thousands" at least twenty thousand and fewer than a hundred thousand.
 * The value of such a figure is its lower end.
 */
export const VAGUE_QUANTITIES: Record<string, [number, number]> = {
  dozens: [24, 143], scores: [40, 199], hundreds: [200, 999], thousands: [2_000, 9_999],
  'tens of thousands': [20_000, 99_999], 'hundreds of thousands': [200_000, 999_999], millions: [2e6, 9_999_999],
  'tens of millions': [2e7, 99_999_999], 'hundreds of millions': [2e8, 999_999_999], billions: [2e9, 9_999_999_999],
};

/**
 * Vague multipliers of a scale word, as [lowest, first excluded] multiples: "a couple (of)
 * hundred" is 200–299, "a few thousand" 2,000–4,999, "several hundred" 300–999. The upper end
 * stops short of the next round number a writer would have used instead.
 */
export const VAGUE_MULTIPLIERS: Record<string, [number, number]> = {
  'a couple': [2, 3], 'a couple of': [2, 3], 'a few': [2, 5], few: [2, 5], several: [3, 10],
};

/** How a qualifier bounds a value. */
export type QualifierKind = 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'exact';

/** Relative tolerance of "about", "roughly", "estimated at": ±10 % of the value. */
export const ABOUT_TOLERANCE = 0.1;
/** Relative tolerance of "nearly", "almost": the value or up to 10 % below it. */
export const NEARLY_TOLERANCE = 0.1;

/** Qualifier phrases written before a number, lower case. */
export const QUALIFIERS: Record<string, QualifierKind> = {
  'more than': 'more-than', over: 'more-than', 'just over': 'more-than', 'well over': 'more-than', 'slightly more than': 'more-than',
  above: 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than', exceeding: 'more-than', topping: 'more-than',
  surpassing: 'more-than', 'north of': 'more-than',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least', 'not less than': 'at-least',
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about', 'an estimated': 'about',
  'estimated at': 'about', estimated: 'about', 'an approximate': 'about', 'close to': 'about', 'closer to': 'about',
  'in the region of': 'about', 'on the order of': 'about', circa: 'about', 'approx.': 'about', 'est.': 'about',
  nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'just shy of': 'nearly', barely: 'nearly', 'not quite': 'nearly',
  'up to': 'at-most', 'as many as': 'at-most', 'as much as': 'at-most', 'at most': 'at-most', 'no more than': 'at-most',
  'a maximum of': 'at-most', 'not more than': 'at-most',
  'fewer than': 'less-than', 'less than': 'less-than', under: 'less-than', below: 'less-than', 'short of': 'less-than',
  only: 'exact', just: 'exact', exactly: 'exact', precisely: 'exact',
};

/**
 * Verbs whose object is a bound: "turnout exceeded 3,000" means more than 3,000. Lower case, in
 * every form a report uses.
 */
export const BOUND_VERBS: Record<string, QualifierKind> = {
  exceeded: 'more-than', exceeds: 'more-than', exceed: 'more-than', surpassed: 'more-than', surpasses: 'more-than',
  surpass: 'more-than', topped: 'more-than', tops: 'more-than', passed: 'more-than', passes: 'more-than',
  crossed: 'more-than', crosses: 'more-than', eclipsed: 'more-than', outstripped: 'more-than',
};

/** Words after a number that turn it into a lower bound ("3,000 or more", "40-plus"). */
export const OR_MORE = ['or more', 'or higher', 'or above', 'or over', 'plus', '-plus', '+'];
/** Words after a number that turn it into an upper bound ("10 or fewer"). */
export const OR_LESS = ['or fewer', 'or less', 'or under', 'or below'];
