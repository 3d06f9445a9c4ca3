import { describe, expect, it } from 'vitest';
import { articleMeta, articlePageModel } from '../../../src/lib/render/article';
import { seedStory, variedStory } from './stories';

describe('a report’s own page', () => {
  it('links to the other reports of its story, the side-by-side view, the figures and the data', () => {
    const story = seedStory();
    const model = articlePageModel(story, story.articles[0]!);
    expect(model.others.map((o) => [o.outlet, o.href])).toEqual([['UPI', '/stories/2023-12-27-mexico-city-migration-talks/upi/']]);
    expect(model.views.map((v) => v.label)).toEqual(['Both reports side by side', 'Figures compared', 'Data (JSON)']);
    expect(model.story.href).toBe('/stories/2023-12-27-mexico-city-migration-talks/');
  });

  it('says plainly what was not recorded, and invents nothing', () => {
    const meta = articleMeta(seedStory().articles[0]!.article);
    expect(meta.byline).toBe('not recorded');
    expect(meta.original).toBeUndefined();
    expect(meta.published).toEqual({ datetime: '2023-12-27', text: 'December 27, 2023' });
  });

  it('gives the original’s host, the time in the outlet’s own offset and the direction of its language', () => {
    const story = variedStory('four-reports');
    const withUrl = story.articles.find((a) => a.article.url)?.article;
    if (withUrl) expect(articleMeta(withUrl).original?.host).toBe(new URL(withUrl.url!).hostname.replace(/^www\./, ''));
    const meta = articleMeta({ ...story.articles[0]!.article, published: '2024-06-05T18:30:00-05:00' });
    expect(meta.published.text).toBe('June 5, 2024, 18:30 UTC−5');
    expect(articleMeta(variedStory('rtl-story').articles[0]!.article).dir).toBe('rtl');
  });

  it('a lone report has no others and no side-by-side link', () => {
    const story = variedStory('lone-report');
    const model = articlePageModel(story, story.articles[0]!);
    expect(model.others).toEqual([]);
    expect(model.views.map((v) => v.label)).toEqual(['Figures in this report', 'Data (JSON)']);
  });
});
