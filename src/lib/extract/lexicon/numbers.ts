// Number words, scale words and the wording that bounds a figure.

/** Spelled-out numbers below a hundred. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words and their factors ("1.2 million", "$14bn", "5k"). */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};

/** Fractions written as words, as shares of a whole. */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
};

/**
 * Vague plural quantities as [lowest, highest] readings: "dozens" is at least two dozen and fewer
 * than a gross; "tens of thousands" at least twenty thousand and fewer than a hundred thousand.
 */
export const VAGUE_QUANTITIES: Record<string, [number, number]> = {
  dozens: [24, 143], scores: [40, 199], hundreds: [200, 999], thousands: [2_000, 9_999],
  'tens of thousands': [20_000, 99_999], 'hundreds of thousands': [200_000, 999_999], millions: [2e6, 9_999_999],
  'tens of millions': [2e7, 99_999_999], 'hundreds of millions': [2e8, 999_999_999], billions: [2e9, 9_999_999_999],
};

/** How a qualifier bounds a value; `about` means within {@link ABOUT_TOLERANCE} either side. */
export type QualifierKind = 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'nearly';

/** Relative tolerance used for "about", "roughly", "estimated at": ±10% of the value. */
export const ABOUT_TOLERANCE = 0.1;

/** Qualifier phrases in front of a number, lower case, longest first when matched. */
export const QUALIFIERS: Record<string, QualifierKind> = {
  'more than': 'more-than', 'over': 'more-than', 'just over': 'more-than', 'well over': 'more-than', 'above': 'more-than',
  'upwards of': 'more-than', 'in excess of': 'more-than', 'exceeding': 'more-than', 'topping': 'more-than',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
  'about': 'about', 'around': 'about', 'roughly': 'about', 'approximately': 'about', 'some': 'about',
  'an estimated': 'about', 'estimated at': 'about', 'estimated': 'about', 'an approximate': 'about', 'close to': 'about', 'closer to': 'about', 'as much as': 'at-most',
  'nearly': 'nearly', 'almost': 'nearly', 'just under': 'nearly', 'up to': 'at-most', 'as many as': 'at-most',
  'at most': 'at-most', 'no more than': 'at-most', 'a maximum of': 'at-most', 'fewer than': 'less-than',
  'less than': 'less-than', 'under': 'less-than', 'below': 'less-than', 'barely': 'nearly', 'only': 'at-most',
};
