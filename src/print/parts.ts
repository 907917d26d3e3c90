/**
 * The printed guide in parts (src/routes/print/index.astro). The whole guide
 * on one page is what a reader of a small site wants, but at 10,000
 * guidance pages it is 170 MB of HTML that no browser prints, and rendering
 * it was the build's largest use of memory (about 1 GB of its 3.5 GB peak).
 * A guide of more pages than one part holds (printedPartPages, 100 unless
 * the site says otherwise) is printed in parts, in topic order; /print/
 * then lists them, keeping an element for every topic's and page's id, so a
 * link made to the one-page guide still lands on the page's entry, which
 * links into its part.
 */

/** A topic's guidance pages, in the guide's order. */
export interface PrintedTopic<Topic, Page> {
  topic: Topic;
  pages: Page[];
}

/** The guide's topics in their order, each with its pages in theirs (`isIn` says which topic a page is in); a topic without pages is left out. */
export function guideTopics<Topic, Page>(topics: Topic[], pages: Page[], isIn: (page: Page, topic: Topic) => boolean): PrintedTopic<Topic, Page>[] {
  return topics.map((topic) => ({ topic, pages: pages.filter((page) => isIn(page, topic)) })).filter(({ pages }) => pages.length > 0);
}

/** The guide's topics cut into parts of at most `size` pages (the site's printedPartPages); a topic can run on from one part into the next. One part where the guide fits. */
export function printedParts<Topic, Page>(topics: PrintedTopic<Topic, Page>[], size: number): PrintedTopic<Topic, Page>[][] {
  const parts: PrintedTopic<Topic, Page>[][] = [[]];
  let pagesInPart = 0;
  for (const { topic, pages } of topics) {
    for (const page of pages) {
      if (pagesInPart === size) {
        parts.push([]);
        pagesInPart = 0;
      }
      const part = parts.at(-1)!;
      const last = part.at(-1);
      if (last?.topic === topic) last.pages.push(page);
      else part.push({ topic, pages: [page] });
      pagesInPart += 1;
    }
  }
  return parts;
}

/** A part's address below /print/ ("part-2"): parts are numbered from 1. */
export const printedPartName = (number: number) => `part-${number}`;
