import type { AnalyzedArticle } from '../analyze';
import { blockOf, compareStory, factLinks, type FactLink, type StoryComparison } from '../compare';
import { describeBlock } from '../parse/blocks';
import { blockAnchor } from '../paths';
import type { ParagraphLink } from './paragraphControls';

/** What a page needs to show reports side by side: the comparison, each fact's link and each paragraph's counterparts. */
export interface ColumnsModel {
  comparison: StoryComparison;
  links: Map<string, FactLink>;
  /** Links to the matching paragraphs in the other shown reports. */
  counterparts: (article: string, paragraph: number) => ParagraphLink[];
}

/** Compares exactly the reports shown in columns, so every mark's status is relative to what the reader sees. */
export function columnsModel(shown: AnalyzedArticle[]): ColumnsModel {
  const comparison = compareStory(shown);
  const outlet = new Map(shown.map(({ article }) => [article.id, article.outlet]));
  const byParagraph = new Map<string, ParagraphLink[]>();
  for (const { from, to } of comparison.alignments) {
    const key = `${from.article}/${from.paragraph}`;
    byParagraph.set(key, [
      ...(byParagraph.get(key) ?? []),
      {
        href: `#${blockAnchor(to.article, blockOf(comparison, to.article, to.paragraph))}`,
        label: `Matching text in ${outlet.get(to.article)}: ${describeBlock(blockOf(comparison, to.article, to.paragraph))}`,
        className: 'counterpart',
      },
    ]);
  }
  return { comparison, links: factLinks(comparison), counterparts: (article, paragraph) => byParagraph.get(`${article}/${paragraph}`) ?? [] };
}
