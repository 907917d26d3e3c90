/**
 * Words to search the built flagship for, chosen from its pages by what a
 * test of the search page needs, so that the generator's search tests keep
 * passing as the knowledge base's pages change. (Which page a particular
 * query should find is the knowledge base's own concern:
 * search-relevance.test.ts.) A choice that finds nothing throws and says
 * what it looked for.
 */
import { load } from 'js-yaml';
import { withoutFrontmatter } from '../../src/citations/scan.ts';
import { readContentFiles } from '../../src/content-checks/content-files.ts';
import { projectRoot } from './built-site.ts';
import { articleOf, pagesOf, sectionIds, textOf, titleOf, type PageKind } from './pick-page.ts';

const kinds: PageKind[] = ['guidance', 'topics', 'case-studies', 'evidence', 'glossary'];

/** Every content page's own text, in lower case, with its address and kind. */
const articles = kinds.flatMap((kind) => pagesOf(kind).map(({ path, html }) => ({ path, kind, html, text: textOf(articleOf(html)).toLowerCase() })));

const wordsOf = (text: string) => new Set(text.match(/\b[a-z]{6,}\b/g) ?? []);
/** For each word of six letters or more, the pages whose text holds it. */
const pagesByWord = new Map<string, typeof articles>();
for (const article of articles) for (const word of wordsOf(article.text)) pagesByWord.set(word, [...(pagesByWord.get(word) ?? []), article]);

function chosen<T>(found: T | undefined, what: string): T {
  if (found === undefined) throw new Error(`No page of the built site has ${what}, and the search tests need one.`);
  return found;
}

/**
 * A glossary term of one plain word, long enough to misspell by a letter,
 * that guidance pages use: its page is the one search pins first.
 */
export const term = chosen(
  articles
    .filter((article) => article.kind === 'glossary' && sectionIds(article.html).includes('used-on'))
    .map((article) => ({ path: article.path, word: titleOf(article.html).toLowerCase() }))
    .find(({ word }) => /^[a-z]{8,}$/.test(word) && (pagesByWord.get(word) ?? []).some((page) => page.kind === 'guidance')),
  'a one-word glossary term of eight letters or more that a guidance page uses',
);

/** The term with a letter from its middle dropped, as a hurried reader types it. */
export const misspeltTerm = term.word.slice(0, 4) + term.word.slice(5);

/** The word on the most pages, case studies among them: more results than one screen lists. */
export const commonWord = chosen(
  [...pagesByWord]
    .filter(([, pages]) => pages.length > 10 && pages.some((page) => page.kind === 'case-studies') && pages.some((page) => page.kind === 'guidance'))
    .sort(([a, pagesA], [b, pagesB]) => pagesB.length - pagesA.length || a.localeCompare(b))[0]?.[0],
  'a word on more than ten pages, guidance and case studies among them',
);

/** A word of a guidance page's own headings: its page's sub-results lead to that section. */
export const headingWord = chosen(
  articles
    .filter((article) => article.kind === 'guidance')
    .flatMap((article) => [...article.html.matchAll(/<h2 id="[^"]+">(.*?)<\/h2>/gs)].flatMap((match) => [...wordsOf(textOf(match[1]!).toLowerCase())]))
    .find((word) => (pagesByWord.get(word)?.length ?? 0) > 1),
  'a heading word on a guidance page',
);

/** A word on one page only, a long guidance page, first used far down it: landing there has to scroll to it. */
export const deepWord = chosen(
  [...pagesByWord]
    .filter(([word, pages]) => word.length >= 7 && pages.length === 1 && pages[0]!.kind === 'guidance' && pages[0]!.text.length > 8000 && pages[0]!.text.indexOf(word) > pages[0]!.text.length * 0.6)
    .map(([word]) => word)
    .sort()[0],
  'a word of seven letters or more used on one long guidance page only, and only in its last part',
);

/** A case study's first topic, with the label its search filter shows. */
export const caseStudyTopic = (() => {
  const caseStudy = readContentFiles(`${projectRoot}content`, projectRoot).find((file) => file.path.startsWith('content/case-studies/'));
  const id = chosen((load(withoutFrontmatter(caseStudy?.source ?? '').frontmatter) as { topics?: string[] } | undefined)?.topics?.[0], 'a case study with a topic');
  const search = pagesOf('topics').find((page) => page.path === `/topics/${id}/`);
  return { id, label: titleOf(chosen(search, `a topic page for ${id}`).html) };
})();
