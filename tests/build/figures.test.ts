// The figures diff view of the seed story: the conflicting caravan/influx figures, links to real
// paragraphs, an accessible chart, and the complete table without JavaScript.
import { describe, expect, inject, it } from 'vitest';
import { $, $$, readPage, textOf } from '../support/html';

const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
const FIGURES = `${STORY}figures/`;

describe('figures view', () => {
  const page = () => readPage(inject('distDir'), FIGURES);
  const storyIds = () => new Set($$(readPage(inject('distDir'), STORY), '[id]').map((el) => String(el.properties.id)));

  it('has a conflict row with both outlets’ values, the difference and links to their paragraphs', () => {
    const rows = $$(page(), 'tbody tr').filter((row) => row.properties.dataStatus === 'conflict');
    const row = rows.find((r) => /8,000/.test(textOf(r)) && /6,000/.test(textOf(r)));
    expect(row, 'a conflict row with 8,000 and 6,000').toBeDefined();
    const cells = $$(row!, 'td');
    const headers = $$(page(), 'thead th').map(textOf);
    // What is counted is the row's th, not a td, so an outlet's td is one place before its header.
    const fox = cells[headers.indexOf('Fox News') - 1]!;
    const upi = cells[headers.indexOf('UPI') - 1]!;
    expect(textOf(fox)).toContain('over 8,000');
    expect(textOf(upi)).toContain('6,000');
    expect(textOf($(row!, 'td.status')!)).toMatch(/Conflict: differ by 2,000 \(\+33%\)/);
    const ids = storyIds();
    for (const cell of [fox, upi]) {
      const href = String($(cell, 'a')!.properties.href);
      expect(href).toMatch(new RegExp(`^/${STORY}#`));
      expect(ids.has(href.split('#')[1]!), href).toBe(true);
    }
  });

  it('links every paragraph to an id that exists on the story page', () => {
    const ids = storyIds();
    const links = $$(page(), 'a[href*="#"]').map((a) => String(a.properties.href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(ids.has(href.split('#')[1]!), href).toBe(true);
  });

  it('shows every quantity in the table without JavaScript, status first and conflicts first, with the status in words', () => {
    const rows = $$(page(), 'tbody tr');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]!.properties.dataStatus).toBe('conflict');
    for (const row of rows) {
      expect(textOf($(row, '.status')!)).toMatch(/^\W*(Agree|Conflict|Only in .+)/);
      expect($(row, ':scope > *')!.properties.className).toContain('status');
    }
    expect($$(page(), 'thead th').map(textOf).slice(0, 2)).toEqual(['Status', 'What is counted']);
  });

  it('draws an accessible chart with a title, a description and a text alternative', () => {
    const svg = $(page(), 'svg[role="img"]');
    expect(svg).toBeDefined();
    const [titleId, descId] = [svg!.properties.ariaLabelledBy]
      .flat()
      .join(' ')
      .split(/[\s,]+/);
    expect(textOf($(svg!, `title#${titleId}`)!)).not.toBe('');
    expect(textOf($(svg!, `desc#${descId}`)!)).toMatch(/conflict/);
    const alternative = $(page(), '.figure-chart-box ul');
    expect(textOf(alternative!)).toMatch(/over 8,000|more than 8,000/);
  });

  it('links back to the story page and to the story data', () => {
    const hrefs = $$(page(), 'a').map((a) => String(a.properties.href));
    expect(hrefs).toContain(`/${STORY}`);
    expect(hrefs).toContain('/api/stories/2023-12-27-mexico-city-migration-talks.json');
  });
});
