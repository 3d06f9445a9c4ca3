import { describe, expect, it } from 'vitest';
import { homePageModel } from '../../../src/lib/render/homePage';
import { analyzedStories } from './stories';
import { join } from 'node:path';
import { ROOT } from '../../support/site';

describe('the home page model', () => {
  it('counts reports with a space and names the outlets ("2 reports: Fox News, UPI")', () => {
    const [seed] = homePageModel(analyzedStories());
    expect(seed!.reports).toBe('2 reports: Fox News, UPI');
    expect(seed!.figures.label).toBe('Figures compared (1 conflict)');
  });

  it('gives each story its headline conflict, with each outlet’s value linked to its sentence on the story page', () => {
    const [seed] = homePageModel(analyzedStories());
    expect(seed!.headline!.counted).toBe('migrants');
    expect(seed!.headline!.values.map((v) => `${v.outlet} ${v.text}`)).toEqual(['Fox News over 8,000', 'UPI estimated at 6,000']);
    expect(seed!.headline!.values[0]!.href).toBe('/stories/2023-12-27-mexico-city-migration-talks/#fox-news-p9');
  });

  it('says "1 report" for a lone report and gives it no headline conflict', () => {
    const lone = homePageModel(analyzedStories(join(ROOT, 'tests/fixtures/sites/varied/content'))).find((s) => s.id === 'lone-report')!;
    expect(lone.reports).toBe('1 report: Coast Courier');
    expect(lone.headline).toBeUndefined();
  });
});
