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
