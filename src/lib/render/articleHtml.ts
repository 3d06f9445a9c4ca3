import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import type { AnalyzedArticle } from '../analyze';
import { factKey, type FactLink } from '../compare';
import type { Fact } from '../extract/types';
import { describeFact } from './describe';
import { rehypeFactMarks, type FactMark } from './factMarks';
import { rehypeParagraphControls, type ParagraphLink } from './paragraphControls';
import { MARK_STATUS, markLook } from './status';

/** What a mark's aria-describedby points to: what the fact is and, when compared, what each outlet reports. */
export interface FactDescription {
  id: string;
  /** "figure: more than 10,000 evacuees; in conflict with the other report." */
  what: string;
  /** "Daily Planet: over 10,000 evacuees · Metro Wire: …", present on compared pages. */
  summary?: string;
}

/** An article body ready for the page: HTML with marked facts, and the descriptions the marks point to. */
export interface RenderedArticle {
  html: string;
  descriptions: FactDescription[];
}

/** Options for {@link renderArticle}. */
export interface RenderOptions {
  /** The comparison's verdict per fact (see factKey); without it marks only say what the fact is. */
  links?: ReadonlyMap<string, FactLink> | undefined;
  /** Links to show beside paragraph N besides its permalink, e.g. to its counterpart in another report. */
  paragraphLinks?: ((paragraph: number) => ParagraphLink[]) | undefined;
}

/** Renders an article body with every fact mention marked, a permalink on each paragraph and any extra paragraph links. */
export function renderArticle(analyzed: AnalyzedArticle, { links, paragraphLinks }: RenderOptions = {}): RenderedArticle {
  const { article, facts } = analyzed;
  const marks: FactMark[] = [];
  const descriptions: RenderedArticle['descriptions'] = [];
  for (const fact of [...facts.people, ...facts.dates, ...facts.figures, ...facts.quotes] as Fact[]) {
    const key = factKey(article.id, fact.id);
    const link = links?.get(key);
    const id = `desc-${article.id}-${fact.id}`;
    descriptions.push(link ? { id, what: `${describeFact(fact)}; ${MARK_STATUS[link.status].mark}.`, summary: link.summary } : { id, what: `${describeFact(fact)}.` });
    const attributes: Record<string, string> = { dataFact: key, ariaDescribedBy: id, tabIndex: '0' };
    if (link) {
      // How loudly the mark is drawn comes from the status table; the stylesheet reads these.
      const look = markLook(link.status);
      Object.assign(attributes, { dataGroup: link.group, dataStatus: link.status, dataEmphasis: look.emphasis, dataTone: look.tone }, look.icon && { dataIcon: look.icon });
    }
    for (const mention of fact.mentions) marks.push({ paragraph: mention.paragraph, start: mention.start, end: mention.end, kind: fact.kind, attributes });
  }
  const tree = structuredClone(analyzed.parsed.tree);
  unified()
    .use(rehypeFactMarks, { marks })
    .use(rehypeParagraphControls, {
      links: (n, id) => [{ href: `#${id}`, label: `Permalink to paragraph ${n}`, className: 'permalink', data: { dataN: String(n) } }, ...(paragraphLinks?.(n) ?? [])],
    })
    .runSync(tree);
  return { html: toHtml(tree), descriptions };
}
