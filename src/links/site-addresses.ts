/**
 * Every address of the site, and the ids on each page, from the sources
 * alone: the content entries and their frontmatter, the topics, the
 * bibliography, redirects, the pages in src/routes/ and the files in public/.
 * The content check resolves content's links against it in seconds, without
 * building; tests/browser/site-addresses.test.ts holds it to the built site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { anchors, glossaryLetter, optionalSections, shownSections } from '../lib/anchors.ts';
import { citableCollections, downloadPaths, type CitableCollection } from '../lib/downloads.ts';
import { siteRoutes } from '../lib/routes.ts';
import { printedId } from '../print/combine.ts';
import { guideTopics, printedPartName, printedParts } from '../print/parts.ts';
import { guidanceOrder } from '../lib/entry-order.ts';
import type { LinkTargets } from './resolve.ts';

export type EntryCollection = 'guidance' | 'case-studies' | 'evidence' | 'glossary';

export interface EntryPage {
  collection: EntryCollection;
  id: string;
  /** The frontmatter as the collection's schema reads it (defaults filled in); undefined when it does not pass. */
  data: Record<string, unknown> | undefined;
  /** The ids the page's own text gives it (src/links/content-anchors.ts). */
  anchors: string[];
  /** The glossary terms the page uses, for each term page's "Used on". */
  termIds: string[];
}

export interface SiteSources {
  entries: EntryPage[];
  /** In the site's order (src/schemas/topics.ts). */
  topicIds: string[];
  /** The site's printedPartPages: a guide of more guidance pages is printed in parts (src/print/parts.ts). */
  printedPartPages: number;
  bibliographyKeys: string[];
  /** Old addresses that redirect to a page ("/guidance/old-name/"). */
  redirects: string[];
  /**
   * The folders of pages at fixed addresses: the generator's routes/, and
   * the site's own src/pages/, which Astro routes too, if it has one.
   */
  pagesDirs: string[];
  /** The site's public/ folder. */
  publicDir: string;
}

export interface SiteAddresses {
  /** Each page's address ("/guidance/power/") and the ids on it. */
  pages: Map<string, Set<string>>;
  /** Addresses of the pages that are not redirects, the ones worth suggesting. */
  livePages: string[];
  /** Downloads and the files in public/. */
  files: Set<string>;
}

const filesIn = (dir: string) => (existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, `${entry.parentPath}${sep}${entry.name}`).split(sep).join('/'))) : []);

/**
 * The pages a folder of routes publishes at fixed addresses, as Astro routes
 * them: index.astro at its folder, 404.astro as /404.html, others as a folder
 * of their name. Routes with [parameters] are the collections', added per entry.
 */
function fixedPages(pagesDir: string): string[] {
  return filesIn(pagesDir)
    .filter((file) => /\.(astro|md|mdx|html)$/.test(file) && !file.includes('['))
    .map((file) => {
      const route = file.replace(/\.[^.]+$/, '');
      if (route === '404') return '/404.html';
      return `/${route.replace(/(^|\/)index$/, '')}/`.replace(/\/+$/, '/');
    });
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function siteAddresses({ entries, topicIds, printedPartPages, bibliographyKeys, redirects, pagesDirs, publicDir }: SiteSources): SiteAddresses {
  const { routes, entryRoutes } = siteRoutes('/');
  const guidance = entries.filter((entry) => entry.collection === 'guidance');
  const topicsWithGuidance = topicIds.filter((topic) => guidance.some((entry) => entry.data?.['topic'] === topic));
  // The guide's order (src/print/guide.ts): topics in the site's order, each topic's pages in theirs.
  const sortable = (entry: EntryPage) => ({ entry, data: { order: Number(entry.data?.['order'] ?? 0), title: String(entry.data?.['title'] ?? '') } });
  const inGuideOrder = guidance.map(sortable).sort(guidanceOrder).map(({ entry }) => entry);
  const printedGuide = printedParts(
    guideTopics(topicIds, inGuideOrder, (entry, topic) => entry.data?.['topic'] === topic),
    printedPartPages,
  );
  const printedIds = (part: (typeof printedGuide)[number]) => [
    anchors.printContents,
    ...part.flatMap(({ topic, pages }) => [anchors.topic(topic), ...pages.flatMap((entry) => [anchors.guide(entry.id), ...entry.anchors.map((id) => printedId(entry.id, id))])]),
  ];
  const printedPartIds = printedGuide.length === 1 ? [] : printedGuide.map((part, index) => [routes.printGuidePart(printedPartName(index + 1)), printedIds(part)] as const);
  const usedTerms = new Set(entries.filter((entry) => entry.collection !== 'glossary').flatMap((entry) => entry.termIds));
  const terms = entries.filter((entry) => entry.collection === 'glossary');
  const inTopic = (collection: EntryCollection, topic: string) => entries.filter((entry) => entry.collection === collection && list(entry.data?.['topics']).includes(topic));
  /** The lists a topic page shows, as src/routes/topics/[id].astro decides. */
  const topicSections = (topic: string) =>
    shownSections(
      optionalSections.topic({
        guidance: guidance.filter((entry) => entry.data?.['topic'] === topic),
        caseStudies: inTopic('case-studies', topic),
        evidence: inTopic('evidence', topic),
        terms: inTopic('glossary', topic),
      }),
    );

  /** Ids the templates add to a fixed page, beyond the layout's. */
  const fixedIds = new Map<string, string[]>([
    [routes.home(), [anchors.homeSearch]],
    ['/404.html', [anchors.notFoundSearch]],
    [routes.guidanceIndex(), topicsWithGuidance.map(anchors.topic)],
    [routes.educators(), [...topicsWithGuidance.map(anchors.topic), ...guidance.map((entry) => anchors.guide(entry.id))]],
    [routes.glossary(), [...terms.map((entry) => anchors.term(entry.id)), ...new Set(terms.map((entry) => anchors.glossaryLetter(glossaryLetter(String(entry.data?.['term'] ?? entry.id)))))]],
    [routes.references(), bibliographyKeys.map(anchors.work)],
    [routes.search(), [anchors.filterHeading, anchors.resultsHeading]],
    [routes.about(), [anchors.feedback, anchors.licence]],
    // The printed guide (src/routes/print/index.astro): its contents, its topics' and pages' ids, and each page's own ids made its own (src/print/combine.ts).
    // Printed in parts, /print/ lists the parts with every topic's and page's id, and each part (printedPartIds) holds its pages' own.
    [routes.printGuide(), printedGuide.length === 1 ? printedIds(printedGuide[0]!) : [anchors.printContents, ...topicsWithGuidance.map(anchors.topic), ...printedGuide.flat().flatMap(({ pages }) => pages.map((entry) => anchors.guide(entry.id)))]],
  ]);

  /** Ids the entry templates add around the page's own text. */
  const entryIds = ({ collection, id, data = {} }: EntryPage): string[] => {
    switch (collection) {
      case 'guidance':
        return [anchors.atAGlance, anchors.citeThisPage, ...shownSections(optionalSections.guidance({ learningOutcomes: list(data['learningOutcomes']), discussionQuestions: list(data['discussionQuestions']) }))];
      case 'case-studies':
        return [anchors.atAGlance, anchors.citeThisPage, anchors.outcomes];
      case 'evidence':
        return [anchors.atAGlance, anchors.citeThisPage, ...shownSections(optionalSections.evidence({ citesWorks: list(data['citesWorks']) }))];
      case 'glossary':
        return shownSections(optionalSections.glossary(usedTerms.has(id) ? [id] : []));
    }
  };

  const layout = [anchors.main, anchors.headerSearch];
  const pages = new Map<string, Set<string>>();
  for (const address of pagesDirs.flatMap(fixedPages)) pages.set(address, new Set([...layout, ...(fixedIds.get(address) ?? [])]));
  for (const [address, ids] of printedPartIds) pages.set(address, new Set([...layout, ...ids]));
  for (const topic of topicIds) pages.set(routes.topic(topic), new Set([...layout, ...topicSections(topic)]));
  for (const entry of entries) pages.set(entryRoutes[entry.collection](entry.id), new Set([...layout, ...entryIds(entry), ...entry.anchors]));
  const livePages = [...pages.keys()].filter((address) => address !== '/404.html');
  // Astro writes a redirect as a small page of its own, with no ids.
  for (const address of redirects) pages.set(address, new Set());

  const files = new Set([
    ...downloadPaths({
      bibliographyKeys,
      citablePages: entries.filter((entry): entry is EntryPage & { collection: CitableCollection } => (citableCollections as string[]).includes(entry.collection)),
      guidanceIds: guidance.map((entry) => entry.id),
      topicIds,
    }),
    ...filesIn(publicDir).map((file) => `/${file}`),
  ]);
  return { pages, livePages, files };
}

/** Every folder that holds a page or a file ("/guidance" and "/guidance/" for "/guidance/power/"): a web server answers at those too. */
function folders(addresses: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const address of addresses) {
    const parts = address.split('/').slice(1, -1);
    parts.forEach((_, index) => {
      const folder = `/${parts.slice(0, index + 1).join('/')}`;
      found.add(folder).add(`${folder}/`);
    });
  }
  return found;
}

export function linkTargets({ pages, livePages, files }: SiteAddresses): LinkTargets {
  const folder = folders([...pages.keys(), ...files]);
  return { idsOn: (path) => pages.get(path), hasFile: (path) => files.has(path) || folder.has(path), addresses: livePages };
}
