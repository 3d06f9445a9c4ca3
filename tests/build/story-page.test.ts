// What a reader of the seed story should see highlighted, checked on the built page.
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { $, $$, readPage, textOf } from '../support/html';

const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
let page: Root;
beforeAll(() => {
  page = readPage(inject('distDir'), STORY);
});

const marks = (column: string, kind: string) => $$(page, `#col-${column} mark.fact-${kind}`);
const described = (mark: Element) => textOf($(page, `#${String(mark.properties.ariaDescribedBy)}`)!);
const find = (column: string, kind: string, text: string) => marks(column, kind).find((m) => textOf(m) === text);

describe('the seed story page', () => {
  it.each(['Blinken', 'Mayorkas', 'Sherwood-Randall', 'Lopez Obrador'])('marks %s as a person named by both outlets', (surname) => {
    for (const column of ['fox-news', 'upi']) {
      const mentions = marks(column, 'person').filter((m) => textOf(m).includes(surname));
      expect(mentions.length, column).toBeGreaterThan(0);
      expect(mentions.every((m) => m.properties.dataStatus === 'shared'), column).toBe(true);
    }
  });

  it('keeps each outlet’s own title for the same official', () => {
    const summary = textOf($(page, '.story-summary')!);
    expect(summary).toContain('Fox News: White House Homeland Security Advisor');
    expect(summary).toContain('UPI: White House Homeland Security adviser');
  });

  it('resolves “Wednesday” to December 27, 2023 in both reports', () => {
    for (const column of ['fox-news', 'upi']) {
      const wednesday = find(column, 'date', 'Wednesday');
      expect(wednesday, column).toBeDefined();
      expect(described(wednesday!)).toContain('Wednesday, December 27, 2023');
      expect(wednesday!.properties.dataStatus).toBe('shared');
    }
  });

  it('states the conflict at the top, with both outlets’ values linked to their sentences', () => {
    const differences = $(page, '#differences')!;
    const conflict = $(differences, '.difference')!;
    expect(textOf(conflict)).toMatch(/Conflict over migrants.*Fox News over 8,000.*more than 8,000.*UPI estimated at 6,000.*about 6,000.*Conflict: differ by 2,000 \(\+33%\)/);
    expect($$(conflict, 'a').map((a) => String(a.properties.href))).toEqual(['#fox-news-p9', '#upi-p2']);
    expect(textOf($(differences, '.one-sided')!)).toContain('UPI: more than 11,000 people waiting to enter the United States');
    expect(textOf($(differences, '.shared')!)).toMatch(/^In common\. Both reports name Antony Blinken, Alejandro Mayorkas/);
  });

  it('keeps the detailed summary in a disclosure that opens without a script, outside the differences', () => {
    const details = $(page, 'details.story-summary')!;
    expect(details.properties.open).toBeUndefined();
    expect($(details, '#differences')).toBeUndefined();
    expect(textOf($(details, 'summary')!)).toBe('At a glance In common: 4 officials · 2 dates · 0 figures · 2 quotes');
  });

  it('offers a skip link to the differences right after the one to the content', () => {
    expect($$(page, 'a.skip-link').map((a) => [textOf(a), a.properties.href])).toEqual([
      ['Skip to content', '#main'],
      ['Skip to differences', '#differences'],
    ]);
  });

  it('shows the caravan figures as a conflict, linked across the columns', () => {
    const fox = marks('fox-news', 'figure').find((m) => textOf(m).includes('8,000'))!;
    const upi = marks('upi', 'figure').find((m) => textOf(m).includes('6,000'))!;
    expect(fox.properties.dataStatus).toBe('conflict');
    expect(upi.properties.dataStatus).toBe('conflict');
    expect(fox.properties.dataGroup).toBe(upi.properties.dataGroup);
    expect(described(fox)).toMatch(/figure: more than 8,000 migrants; in conflict/);
    expect(described(upi)).toMatch(/about 6,000/);
  });

  it('marks a figure only one outlet reports as only here', () => {
    const waiting = marks('upi', 'figure').find((m) => textOf(m).includes('11,000'))!;
    expect(waiting.properties.dataStatus).toBe('only');
  });

  it('explains every mark: each points at a description that exists', () => {
    const all = $$(page, 'mark.fact');
    expect(all.length).toBeGreaterThan(40);
    for (const mark of all) expect(described(mark).length).toBeGreaterThan(5);
  });
});
