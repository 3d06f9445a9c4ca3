// Every fact must point at the exact characters it was read from, in every labelled article.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract';
import type { Span } from '../../../src/lib/extract/types';
import { loadLabelledArticles } from '../../eval/extraction';

describe('fact provenance', () => {
  for (const { labels, paragraphs } of loadLabelledArticles()) {
    it(`${labels.article}: every span's text is the paragraph's text at its offsets`, () => {
      const facts = extractFacts(paragraphs, { id: labels.article, published: labels.published });
      const spans: Span[] = [];
      for (const fact of [...facts.people, ...facts.dates, ...facts.figures, ...facts.quotes]) {
        expect(fact.article).toBe(labels.article);
        expect(fact.mentions.length).toBeGreaterThan(0);
        spans.push(...fact.mentions);
      }
      for (const figure of facts.figures) if (figure.countedSpan) spans.push(figure.countedSpan);
      for (const quote of facts.quotes) if (quote.speakerSpan) spans.push(quote.speakerSpan);
      for (const span of spans) {
        const paragraph = paragraphs[span.paragraph - 1];
        expect(paragraph?.index).toBe(span.paragraph);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(paragraph!.text.length);
        expect(span.end).toBeGreaterThan(span.start);
        expect(paragraph!.text.slice(span.start, span.end)).toBe(span.text);
      }
      const ids = [...facts.people, ...facts.dates, ...facts.figures, ...facts.quotes].map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});
