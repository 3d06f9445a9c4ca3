/** Joins the site's base path and a site-relative path, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The URL of a page of this site, e.g. `url('stories/x/')`; every internal link goes through here so a sub-path deploy works. */
export function url(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** URL of a story page. */
export const storyUrl = (story: string) => url(`stories/${story}/`);
/** URL of a story's figures diff view. */
export const figuresUrl = (story: string) => url(`stories/${story}/figures/`);
/** URL of the page comparing two articles of a story. */
export const pairUrl = (story: string, a: string, b: string) => url(`stories/${story}/compare/${a}/${b}/`);
/** URL of a single article's page. */
export const articleUrl = (story: string, article: string) => url(`stories/${story}/${article}/`);
/** Anchor id of a text block of an article: "fox-news-p9", "report-h1", "report-t1r2" (see parse/blocks.ts). */
export const blockAnchor = (article: string, block: string) => `${article}-${block}`;
