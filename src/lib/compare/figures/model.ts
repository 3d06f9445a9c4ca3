// Stage 3 of matching figures: the fitted model. Two logistic regressions over the features of
// features.ts, one for pairs whose values can both hold and one for pairs whose values cannot
// (there the values say nothing about sameness, so the words around them must carry it). Their
// coefficients and thresholds are written by `npm run fit:matcher` (tests/eval/fitMatcher.ts) to
// src/lib/compare/weights.json from the labelled corpus in tests/fixtures/matching: nothing here is
// set by hand.
import weights from '../weights.json';
import { FEATURE_NAMES } from './features';

/** One logistic regression: a coefficient per feature, by name, in feature order. */
export interface PairModel {
  coefficients: Array<{ feature: string; weight: number }>;
  intercept: number;
  /** Minimum probability for a pair to be one quantity. */
  threshold: number;
}

/** The fitted figure matcher as weights.json stores it (its `figures` section). */
export interface MatcherModel {
  /** For two figures whose values can both hold. */
  agreeing: PairModel;
  /** For two figures whose values cannot both hold: a conflict shown wrongly is the worst error, so its threshold is chosen for precision. */
  conflicting: PairModel;
  /** Words either side of a figure that make its neighbourhood (feature "nearest words"). */
  nearWords: number;
}

/** Checks a model against the features this build computes; throws naming the field that does not fit. */
export function checkModel(model: MatcherModel, file = 'src/lib/compare/weights.json'): MatcherModel {
  if (!Number.isInteger(model.nearWords) || model.nearWords < 1) throw new Error(`${file}: "figures.nearWords" must be a whole number of words, 1 or more`);
  for (const which of ['agreeing', 'conflicting'] as const) {
    const part = model[which];
    if (!part) throw new Error(`${file}: "figures.${which}" is missing. Run \`npm run fit:matcher\`.`);
    const names = part.coefficients.map((c) => c.feature);
    const missing = FEATURE_NAMES.filter((n) => !names.includes(n));
    const unknown = names.filter((n) => !FEATURE_NAMES.includes(n));
    if (missing.length || unknown.length || names.some((n, i) => n !== FEATURE_NAMES[i])) {
      throw new Error(
        `${file}: "figures.${which}.coefficients" do not match the features of src/lib/compare/figures/features.ts` +
          (missing.length ? `; missing ${missing.map((n) => `"${n}"`).join(', ')}` : '') +
          (unknown.length ? `; unknown ${unknown.map((n) => `"${n}"`).join(', ')}` : '') +
          '. Run `npm run fit:matcher`.',
      );
    }
    for (const field of ['intercept', 'threshold'] as const) {
      if (typeof part[field] !== 'number' || !Number.isFinite(part[field])) throw new Error(`${file}: "figures.${which}.${field}" must be a number`);
    }
  }
  return model;
}

/** The committed model. */
export const MATCHER: MatcherModel = checkModel(weights.figures as unknown as MatcherModel);

/** Probability that two figures are the same quantity under one of the two regressions, given their features in feature order. */
export function probability(model: PairModel, features: readonly number[]): number {
  let z = model.intercept;
  features.forEach((x, i) => (z += model.coefficients[i]!.weight * x));
  return 1 / (1 + Math.exp(-z));
}
