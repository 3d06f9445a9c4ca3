// Stage "noise": removes what a news page wraps around its article before Readability looks for the
// body: scripts and embeds, pictures and their captions, ad slots and their "Advertisement" labels,
// related-story boxes, share widgets, newsletter forms, comments, pinned summaries, and the site's
// header, navigation and footer. Each rule is named, so the command can say what it dropped.
//
// Rules match tag names, ARIA roles, and class or id names split at spaces, hyphens and
// underscores ("jp-relatedposts" is the names "jp" and "relatedposts", "live-block__share" ends in
// "share"). The element that holds the article's paragraphs, and everything around it, is never
// removed: a body class such as "wp-embed-responsive", or a whole page wrapped in a <form>, must
// not take the article with it.
import { textOf } from './dom';

/** One kind of page furniture and how to recognise it. */
export interface NoiseRule {
  /** Short name, printed in the report: "ads", "related", … */
  name: string;
  /** Tag names (lower case) always removed. */
  tags?: readonly string[];
  /** ARIA roles removed. */
  roles?: readonly string[];
  /** Class or id names (whole hyphen/underscore-separated parts, or runs of them, e.g. "key-points"). */
  names?: readonly string[];
  /** Removes an element whose whole text is one of these labels (case-insensitive), and its container when that holds nothing else. */
  labels?: readonly string[];
}

/** The rules, applied in this order. */
export const NOISE_RULES: readonly NoiseRule[] = [
  {
    name: 'scripts and embeds',
    tags: ['script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'canvas', 'video', 'audio', 'map'],
    names: ['embed', 'embeds', 'video-embed', 'embebido', 'video-embebido', 'interactive', 'social-embed', 'tweet'],
  },
  {
    name: 'forms',
    tags: ['form', 'input', 'button', 'select', 'textarea', 'label', 'dialog'],
  },
  {
    name: 'pictures and captions',
    tags: ['figure', 'figcaption', 'picture', 'img', 'source'],
    names: ['caption', 'captions', 'wp-caption', 'credit', 'photo-credit', 'image-credit', 'firma-foto', 'pie-foto', 'pie-video', 'photo', 'gallery', 'lead-art', 'foto-principal', 'asset-photo'],
  },
  {
    name: 'ads',
    names: ['ad', 'ads', 'adslot', 'ad-slot', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'gpt-ad', 'publicidad', 'anuncio', 'sponsor', 'sponsored', 'promo', 'promo-slot', 'call-to-action', 'outbrain', 'taboola'],
    labels: ['advertisement', 'advertisment', 'ad', 'sponsored', 'sponsored content', 'publicidad', 'anuncio', 'publicité', 'anzeige', 'pubblicità', 'campaign', 'promoted'],
  },
  {
    name: 'related links',
    names: ['related', 'relatedposts', 'related-posts', 'related-links', 'related-content', 'related-stories', 'read-more', 'more-from', 'most-read', 'mostread', 'most-popular', 'popular', 'trending', 'recommended', 'te-puede-interesar', 'lo-mas-leido', 'post-navigation', 'nav-links', 'further-reading'],
    labels: ['related', 'read more', 'related stories', 'related articles', 'more on this story', 'you may also like'],
  },
  {
    name: 'share widgets',
    names: ['share', 'shares', 'sharing', 'sharedaddy', 'share-bar', 'share-links', 'share-widget', 'social', 'social-links', 'social-share', 'compartir', 'gift-button'],
  },
  {
    name: 'newsletter boxes',
    names: ['newsletter', 'newsletters', 'newsletter-signup', 'signup', 'sign-up', 'subscribe', 'subscription', 'boletin'],
  },
  {
    name: 'comments',
    names: ['comment', 'comments', 'comments-area', 'comentarios', 'disqus', 'replies', 'respond'],
  },
  {
    name: 'pinned summaries',
    names: ['key-points', 'keypoints', 'pinned', 'live-pinned', 'summary-box', 'highlights-box'],
  },
  {
    name: 'site furniture',
    tags: ['nav', 'header', 'footer', 'aside'],
    roles: ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'region'],
    names: [
      'header', 'masthead', 'footer', 'sidebar', 'rail', 'right-rail', 'widget', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'skip-link',
      'cookie', 'cookies', 'cookie-notice', 'consent', 'cookie-consent', 'gdpr', 'onetrust', 'aviso-cookies',
      'byline', 'byline-block', 'author', 'author-bio', 'bio', 'meta', 'entry-meta', 'metadata', 'published-dates', 'display-date', 'dateline-block',
      'kicker', 'antetitulo', 'eyebrow', 'section-label', 'tags', 'tags-links', 'tag-links', 'contact', 'feedback', 'toolbar', 'weather', 'live-badge',
    ],
  },
];

/** What {@link removeNoise} removed: how many elements per rule. */
export type NoiseReport = Record<string, number>;

/** Options for {@link removeNoise}. */
export interface RemoveNoiseOptions {
  /** Rules to apply; default {@link NOISE_RULES}. */
  rules?: readonly NoiseRule[];
  /** Headlines the page gives (from the metadata stage): an `<h1>` repeating one is removed. */
  titles?: readonly string[];
}

const NAME_SPLIT = /[\s_-]+/;

/** A rule's name list as a test on an element's class and id parts. */
function nameMatcher(names: readonly string[]): (parts: readonly string[]) => boolean {
  const runs = names.map((name) => name.split('-'));
  return (parts) =>
    runs.some((run) => {
      for (let i = 0; i + run.length <= parts.length; i++) if (run.every((word, j) => parts[i + j] === word)) return true;
      return false;
    });
}

/** The lower-cased words of an element's classes and id, each class or id kept apart. */
function nameParts(element: Element): string[][] {
  const names = [...(element.getAttribute('class') ?? '').split(/\s+/), element.getAttribute('id') ?? ''].filter(Boolean);
  return names.map((name) => name.toLowerCase().split(NAME_SPLIT).filter(Boolean));
}

/**
 * The element that holds the most paragraph text directly (as `<p>` children, link text not
 * counted): where the article's paragraphs are, whatever its classes say.
 */
export function mainContainer(root: Element): Element | undefined {
  const scores = new Map<Element, number>();
  for (const paragraph of root.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    const linked = [...paragraph.querySelectorAll('a')].reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
    scores.set(parent, (scores.get(parent) ?? 0) + Math.max(0, (paragraph.textContent?.length ?? 0) - linked));
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best;
}

/**
 * Removes page furniture from the document, in place, and reports what went. The `<html>`,
 * `<head>`, `<body>` and `<main>` elements are never removed, nor the {@link mainContainer} and
 * the elements around it.
 */
export function removeNoise(document: Document, options: RemoveNoiseOptions = {}): NoiseReport {
  const rules = options.rules ?? NOISE_RULES;
  const report: NoiseReport = {};
  const count = (rule: string) => (report[rule] = (report[rule] ?? 0) + 1);
  const body = document.body ?? document.documentElement;
  if (!body) return report;

  const kept = new Set<Element>();
  for (let node: Element | null | undefined = mainContainer(body); node; node = node.parentElement) kept.add(node);
  const protectedElement = (element: Element) => ['HTML', 'HEAD', 'BODY', 'MAIN'].includes(element.tagName) || kept.has(element);

  // A repeated headline.
  const titles = new Set((options.titles ?? []).map(fold));
  for (const h1 of body.querySelectorAll('h1')) {
    if (titles.has(fold(textOf(h1))) || [...titles].some((t) => t.startsWith(fold(textOf(h1))) && textOf(h1).length > 20)) {
      h1.remove();
      count('repeated headline');
    }
  }

  for (const rule of rules) {
    const matches = ruleMatcher(rule);
    const labels = new Set((rule.labels ?? []).map((l) => l.toLowerCase()));
    // Outermost matches first; descendants of a removed element are gone with it.
    for (const element of [...body.querySelectorAll('*')]) {
      if (!element.isConnected) continue;
      if (matches(element) && !protectedElement(element)) {
        element.remove();
        count(rule.name);
        continue;
      }
      if (labels.size && element.children.length === 0 && labels.has(textOf(element).toLowerCase())) {
        // The label, and the box it labels when that box holds nothing else but empty slots.
        let target: Element = element;
        while (target.parentElement && !protectedElement(target.parentElement) && textOf(target.parentElement) === textOf(element)) target = target.parentElement;
        target.remove();
        count(rule.name);
      }
    }
  }
  return report;
}

/** A test of whether an element is what a rule removes, by its tag, role, or class and id names (labels aside). */
function ruleMatcher(rule: NoiseRule): (element: Element) => boolean {
  const tags = new Set(rule.tags ?? []);
  const roles = new Set(rule.roles ?? []);
  const matchesName = rule.names ? nameMatcher(rule.names) : () => false;
  return (element) => {
    const role = (element.getAttribute('role') ?? '').toLowerCase();
    return tags.has(element.tagName.toLowerCase()) || (!!role && roles.has(role)) || nameParts(element).some(matchesName);
  };
}

/** True when `element` or one of its ancestors is page furniture by some rule's tag, role or names. */
export function inNoise(element: Element, rules: readonly NoiseRule[] = NOISE_RULES): boolean {
  const matchers = rules.map(ruleMatcher);
  for (let node: Element | null = element; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (matchers.some((matches) => matches(node))) return true;
  }
  return false;
}

/** Case, space and quote folding for comparing headlines. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
