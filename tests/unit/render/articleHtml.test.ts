import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/lib/analyze';
import type { FactLink } from '../../../src/lib/compare';
import { renderArticle } from '../../../src/lib/render/articleHtml';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const article = {
  id: 'courier',
  story: 'storm',
  outlet: 'Coast Courier',
  title: 'Storm',
  published: '2024-03-14',
  language: 'en',
  file: 'x.md',
  body: 'Mayor Ana Ruiz said on Tuesday that more than 3,000 homes lost power.\n\nRuiz said crews were working.',
};

describe('renderArticle', () => {
  it('keeps every paragraph word for word and gives each a permalink', () => {
    const analyzed = analyzeArticle(article);
    const html = fromHtml(renderArticle(analyzed).html, { fragment: true });
    const paragraphs = selectAll('[data-paragraph]', html);
    expect(paragraphs.map((p) => toString(p))).toEqual(analyzed.paragraphs.map((p) => p.text));
    expect(selectAll('a.permalink', html).map((a) => a.properties.href)).toEqual(['#courier-p1', '#courier-p2']);
  });

  it('marks each fact mention with its kind, description and comparison status', () => {
    const analyzed = analyzeArticle(article);
    const facts = [...analyzed.facts.people, ...analyzed.facts.figures];
    expect(facts.length).toBeGreaterThan(0);
    const links = new Map<string, FactLink>(facts.map((f) => [`courier:${f.id}`, { group: `g-${f.id}`, kind: f.kind, status: 'conflict', summary: 'Coast Courier: x · Other: y' }]));
    const { html, descriptions } = renderArticle(analyzed, { links });
    const marks = selectAll('mark.fact', fromHtml(html, { fragment: true }));
    const ids = new Set(descriptions.map((d) => d.id));
    for (const mark of marks) expect(ids.has(String(mark.properties.ariaDescribedBy))).toBe(true);
    const figure = marks.find((m) => m.properties.dataKind === 'figure')!;
    expect(figure.properties.dataStatus).toBe('conflict');
    const description = descriptions.find((d) => d.id === String(figure.properties.ariaDescribedBy))!;
    expect(description.what).toMatch(/^figure: more than 3,000 .*; in conflict with the other report\.$/);
    expect(description.summary).toBe('Coast Courier: x · Other: y');
  });
});
