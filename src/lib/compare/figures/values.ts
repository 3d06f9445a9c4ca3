// Whether two reported values can both be true, from their wording alone: the bounds a qualifier
// gives ("more than 8,000", "about 6,000" = ±10 %), and rounding ("1.5 million" is what an
// outlet writes for 1,512,000; "15 million" and "16 million" are two different values).
import type { FigureFact } from '../../extract/types';
import type { FigureDifference } from '../types';

/** The parts of a figure that bound its value. `precision` is the place value of its last written digit. */
export type Bounds = Pick<FigureFact, 'value' | 'lower' | 'upper' | 'qualifier'> & { precision?: number };

/** A numeric interval; an open end excludes its limit ("more than 8,000" excludes 8,000). */
export interface Interval {
  lower: number;
  upper: number;
  lowerOpen: boolean;
  upperOpen: boolean;
}

// "About 6,000": a rounded report a reader takes as ±10 %.
const ABOUT_TOLERANCE = 0.1;
// Values equal to within floating-point noise ("58.4" parsed twice).
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The values a figure's wording allows. A plain value stands for what rounds to it at the
 * precision it is written with ("1.5 million" is 1.45–1.55 million), when it meets a figure with a
 * qualifier; two plain values are compared by {@link roundsTo} instead.
 */
export function figureInterval(figure: Bounds): Interval {
  let lower = figure.lower ?? -Infinity;
  let upper = figure.upper ?? Infinity;
  if (lower === upper) {
    const slack = figure.qualifier === 'about' ? Math.abs(figure.value) * ABOUT_TOLERANCE : figure.qualifier === 'exact' ? readPrecision(figure) / 2 : 0;
    lower -= slack;
    upper += slack;
  }
  return {
    lower,
    upper,
    lowerOpen: figure.qualifier === 'more-than' && lower === figure.value,
    upperOpen: figure.qualifier === 'less-than' && upper === figure.value,
  };
}

/**
 * True when the more precise value, rounded to the precision the other is written with, equals it:
 * "58.43" → "58.4", "1,512,000" → "1.5 million". Two values of the same precision must be equal.
 */
export function roundsTo(a: Required<Pick<Bounds, 'value' | 'precision'>>, b: Required<Pick<Bounds, 'value' | 'precision'>>): boolean {
  const [fine, coarse] = a.precision <= b.precision ? [a, b] : [b, a];
  if (!(coarse.precision > 0) || same(fine.precision, coarse.precision)) return same(a.value, b.value);
  return same(Math.round(fine.value / coarse.precision) * coarse.precision, coarse.value);
}

/**
 * The precision a plain value is read with: as written, except that three or more trailing zeros
 * of a whole number are a rounding ("312,000" admissions is 311,904 rounded; "6,730,430" is not).
 */
export function readPrecision(figure: Bounds): number {
  const written = figure.precision ?? 0;
  if (!Number.isInteger(figure.value) || figure.value === 0 || written > 1) return written;
  let zeros = 1;
  while (figure.value % (zeros * 10) === 0) zeros *= 10;
  return zeros >= 1000 ? zeros : written;
}

/** True when both figures can hold at once: plain values by rounding, others by the values their wordings allow. */
export function valuesAgree(a: Bounds, b: Bounds): boolean {
  if (a.qualifier === 'exact' && b.qualifier === 'exact') return roundsTo({ value: a.value, precision: readPrecision(a) }, { value: b.value, precision: readPrecision(b) });
  const x = figureInterval(a);
  const y = figureInterval(b);
  const lower = Math.max(x.lower, y.lower);
  const upper = Math.min(x.upper, y.upper);
  if (lower !== upper) return lower < upper;
  // The intervals touch at one value: both must include it.
  const excludes = (i: Interval) => (i.lower === lower && i.lowerOpen) || (i.upper === upper && i.upperOpen);
  return !excludes(x) && !excludes(y);
}

/** How far apart two values are: difference, ratio and percent of the smaller. */
export function figureDifference(a: { article: string; value: number }, b: { article: string; value: number }): FigureDifference {
  const [small, large] = a.value <= b.value ? [a, b] : [b, a];
  const absolute = large.value - small.value;
  const ratio = small.value > 0 ? large.value / small.value : null;
  return { between: [small.article, large.article], absolute, ratio, percent: ratio === null ? null : (ratio - 1) * 100 };
}

/** The two entries furthest apart among those that cannot both hold, or undefined when all agree. */
export function widestDisagreement<T extends Bounds & { article: string }>(entries: readonly T[]): FigureDifference | undefined {
  let widest: FigureDifference | undefined;
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      if (a.article === b.article || valuesAgree(a, b)) continue;
      const difference = figureDifference(a, b);
      if (!widest || difference.absolute > widest.absolute) widest = difference;
    }
  });
  return widest;
}
