// The comparison engine's scores on the labelled story pairs must not slip below what
// tests/eval/results/compare.txt records (run `npm run eval:compare` to see the details).
import { describe, expect, it } from 'vitest';
import { evaluateComparePairs, precision, recall } from '../../eval/compare';

describe('comparison on labelled story pairs', () => {
  const { pairs, overall } = evaluateComparePairs();

  it('covers at least four labelled pairs plus the seed story', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
  });

  it('merges the same people and never two different ones', () => {
    expect(precision(overall.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(overall.people)).toBeGreaterThanOrEqual(0.95);
  });

  it('groups figures precisely, preferring a figure left alone to a wrong merge', () => {
    expect(precision(overall.figureGroups)).toBeGreaterThanOrEqual(0.9);
    expect(recall(overall.figureGroups)).toBeGreaterThanOrEqual(0.65);
  });

  it('gives most labelled figures the right status', () => {
    expect(precision(overall.statuses)).toBeGreaterThanOrEqual(0.8);
  });
});
