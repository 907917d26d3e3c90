/**
 * Every content check, run from the sources in one pass: `npm run check`
 * (src/cli/check.ts) and the build, before Astro reads any content
 * (src/integrations/content-gate.ts), both call this. Frontmatter (YAML and
 * schema), pages that share an address, redirects, addresses the site has
 * published, the bibliography, citations, code in content, images without
 * alt text, and internal links and #fragments, resolved against the
 * addresses and ids the sources define (src/links/site-addresses.ts). Every
 * problem of every kind comes back from one run, each at its file, line and
 * column: a bibliography that cannot be read no longer hides the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { bibliographyFile, readBibliography, type Bibliography, type BibliographyReport } from '../citations/bibliography.ts';
import { checkFileCitations, isKnown, keyFields, type ContentFile, type Problem } from '../citations/check.ts';
import { citedKeysInOrder } from '../citations/collect.ts';
import { withWorksCitedThrough } from '../citations/related.ts';
import { parseFile } from '../citations/scan.ts';
import { timedCitations } from '../citations/timing.ts';
import { termMatcher } from '../glossary/match.ts';
import { readGlossaryTerms } from '../glossary/terms.ts';
import { entryId } from '../lib/entry-id.ts';
import { analyse, rememberAnalysis } from '../lib/page-index.ts';
import { siteRoutes } from '../lib/routes.ts';
import { contentAnchors } from '../links/content-anchors.ts';
import { contentLinks, type WrittenLink } from '../links/content-links.ts';
import { brokenLinkMessage, isExternal, linkProblem } from '../links/resolve.ts';
import { linkTargets, siteAddresses, type EntryCollection, type EntryPage, type SiteAddresses } from '../links/site-addresses.ts';
import { lostAddressProblems, publishedUrlsFile } from '../redirects/published-urls.ts';
import { readRedirects } from '../redirects/read-redirects.ts';
import { caseStudySchema, evidenceSchema, glossarySchema, guidanceSchema } from '../schemas/collections.ts';
import type { SiteLists } from '../schemas/fields.ts';
import { siteConfig } from '../config/site-config.ts';
import { readTopicIds } from '../schemas/topics.ts';
import { readContentFiles } from './content-files.ts';
import { writtenKeys } from './bibliography-keys.ts';
import { bibliographyRuleProblems } from './bibliography-rules.ts';
import { citingProblems } from './citing-rules.ts';
import { duplicateAddresses } from './duplicate-addresses.ts';
import { frontmatterProblems } from './frontmatter.ts';
import { imagesWithoutAlt, markupInBibliography, pastReview, placeholders, unusedEntries } from './lint.ts';
import { unsafeContent } from './unsafe-content.ts';
import { readPageText, readVocabularies } from './settings-files.ts';
import { contentTree } from './content-tree.ts';
import { markupInYaml, markupMessage } from './plain-text.ts';
import { LineCounter, parseDocument } from 'yaml';
import { siteLocators, siteStyle } from '../citations/site-style.ts';
import { StyleError } from '../citations/styles.ts';
import { MessagesError, siteMessages } from '../messages/languages.ts';

export interface ContentReport {
  /** Problems that stop the build, by file, line and column. */
  errors: Problem[];
  /** Pages due for review, placeholders left in, works nothing cites, questionable bibliography entries. */
  warnings: Problem[];
  /** What a maintainer should know but need not fix: keys the site gave works whose file had none. */
  notes: Problem[];
  /** Every address and id of the site, as the sources define them. */
  site: SiteAddresses;
}

export interface ContentCheckOptions {
  /** The project: content/ is inside it, and messages name files relative to it. */
  root: string;
  /** The folders of the site's fixed pages (the generator's routes/, the site's src/pages/) and its public/ files. */
  pagesDirs: string[];
  publicDir: string;
  /** The day pages' review dates are compared with. */
  today: Date;
  /** Whether a page past its review date is an error or a warning (siteConfig().overdueReviews for `npm run check`; the build always warns). */
  overdueReviews?: 'error' | 'warning';
  /**
   * The bibliography as read; the build passes the one its pages then render
   * with (citations/context.ts), so it is read once. Asked for only after
   * content/ holds no link or special file: a named pipe would never be read to its end.
   */
  bibliography?: () => BibliographyReport;
}

/** Content folders, the schema of their pages and what a page of each is called in messages. */
function collections(lists: SiteLists) {
  return [
    { folder: 'guidance', schema: guidanceSchema(lists), kind: 'guidance' },
    { folder: 'case-studies', schema: caseStudySchema(lists), kind: 'case study' },
    { folder: 'evidence', schema: evidenceSchema(lists), kind: 'evidence' },
    { folder: 'glossary', schema: glossarySchema(lists), kind: 'glossary' },
  ] as const;
}

const collectionOf = (path: string) => /^content\/(guidance|case-studies|evidence|glossary)\/(.+)$/.exec(path) as [string, EntryCollection, string] | null;

/** Every page names a topic: without the topics, frontmatter cannot be checked, and the problem is the topics file's. */
function readTopics(contentDir: string): { topicIds?: [string, ...string[]]; problem?: Problem } {
  const at = (line: number, column: number, message: string) => ({ problem: { path: 'content/topics.yaml', line, column, message } });
  if (!existsSync(join(contentDir, 'topics.yaml'))) return at(1, 1, 'The topics file is missing. Create content/topics.yaml with at least one "- id: ..." entry.');
  try {
    return { topicIds: readTopicIds(new URL(`file://${join(contentDir, 'topics.yaml')}`)) };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    return mark
      ? at(mark.line + 1, mark.column + 1, `The topics file is not valid YAML: ${reason}. Check that quotes are closed and that each topic's fields line up under its "- id:" line.`)
      : at(1, 1, 'The topics file lists no topics. Add at least one "- id: ..." entry.');
  }
}

/**
 * The bibliography as the citation check sees it: an entry that could not be
 * read still has its key, so citing it is not an unknown key. The entry's
 * own problem is reported, and every citation of it would only repeat that.
 */
function withUnreadableKeys(bibliography: Bibliography, texts: string[]): Bibliography {
  const rejected = new Set(bibliography.rejected);
  for (const key of texts.flatMap(writtenKeys)) if (!bibliography.items.has(key)) rejected.add(key);
  return { ...bibliography, rejected };
}

function frontmatterData(file: ContentFile): Record<string, unknown> {
  try {
    return parseFrontmatter(file.source).frontmatter as Record<string, unknown>;
  } catch {
    // Malformed frontmatter is the frontmatter check's to report, with its position.
    return {};
  }
}

const byPlace = (a: Problem, b: Problem) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;

/** Topic titles and summaries are plain text, as frontmatter is. */
function topicsMarkup(contentDir: string): Problem[] {
  const path = 'content/topics.yaml';
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(join(contentDir, 'topics.yaml'), 'utf8'), { lineCounter: lines });
  return markupInYaml(doc, lines).map(({ path: [index, field], line, column, markup }) => {
    const id = doc.getIn([index, 'id']);
    return { path, line, column, message: markupMessage(`${String(field)} of the topic "${String(id)}"`, markup) };
  });
}

/** The site's citation style and locale, read now so a missing or unreadable one is a message, not a failure half way through the build. */
function styleProblems(): Problem[] {
  try {
    siteStyle();
    siteLocators();
    // The interface's text in the site's language: a locale without it would fail only once pages render.
    siteMessages();
    return [];
  } catch (error) {
    if (error instanceof MessagesError) return [{ path: 'astro.config.mjs', line: 1, column: 1, message: error.message }];
    if (!(error instanceof StyleError)) throw error;
    const [path = 'astro.config.mjs', message = error.message] = error.message.split(/: (.*)/s);
    return [{ path, line: 1, column: 1, message }];
  }
}

export function checkContent({ root, pagesDirs, publicDir, today, overdueReviews = 'warning', bibliography: read }: ContentCheckOptions): ContentReport {
  const contentDir = join(root, 'content');
  const stopped = (problems: Problem[]): ContentReport => ({ errors: problems, warnings: [], notes: [], site: siteAddresses({ entries: [], topicIds: [], printedPartPages: siteConfig().printedPartPages, bibliographyKeys: [], redirects: [], pagesDirs, publicDir }) });
  // A link or a special file stops the checks before any file is read: a
  // link's target is outside content/, and a named pipe is never done.
  const refused = existsSync(contentDir) ? contentTree(contentDir, root).problems : [];
  if (refused.length > 0) return stopped(refused);
  // Without the locale's locator terms no citation can be read.
  const style = styleProblems();
  if (style.length > 0) return stopped(style);
  const files = existsSync(contentDir) ? readContentFiles(contentDir, root) : [];
  const errors: Problem[] = [];

  const { topicIds, problem: topicsProblem } = readTopics(contentDir);
  if (topicsProblem) errors.push(topicsProblem);
  else errors.push(...topicsMarkup(contentDir));
  const { data: vocabularies, problems: vocabularyProblems } = readVocabularies(contentDir);
  errors.push(...vocabularyProblems, ...readPageText(contentDir).problems);
  // Without the topics and vocabularies no page's frontmatter can be checked: their own problems say why.
  const schemas = new Map(topicIds && vocabularies ? collections({ topicIds, vocabularies }).map((collection) => [collection.folder, collection]) : []);
  for (const { folder, schema, kind } of schemas.values()) {
    const pages = files.filter((file) => file.path.startsWith(`content/${folder}/`));
    for (const page of pages) errors.push(...frontmatterProblems(page, schema, kind));
    errors.push(...duplicateAddresses(pages, `content/${folder}`));
  }

  const bibliographyDir = join(contentDir, 'bibliography');
  const { bibliography, errors: bibliographyErrors, warnings: bibliographyWarnings, givenKeys } = read?.() ?? readBibliography(bibliographyDir);
  const bibliographyFiles = existsSync(bibliographyDir) ? readdirSync(bibliographyDir).filter((name) => bibliographyFile.test(name)).sort() : [];
  const bibliographyText = new Map(bibliographyFiles.map((name) => [`content/bibliography/${name}`, readFileSync(join(bibliographyDir, name), 'utf8')]));
  const bibliographyRules = bibliographyRuleProblems(bibliography);
  errors.push(...bibliographyErrors, ...bibliographyRules.errors);
  const citable = withUnreadableKeys(bibliography, [...bibliographyText.values()]);
  const matcher = termMatcher(readGlossaryTerms(join(contentDir, 'glossary')));

  const entries: { page: EntryPage; path: string; links: WrittenLink[] }[] = [];
  const used = new Set<string>();
  // Each file is parsed once, for every check, and its tree dropped before the next.
  for (const file of files) {
    const read = parseFile(file);
    errors.push(...unsafeContent(file, root, read));
    let page: Pick<EntryPage, 'anchors' | 'termIds'> = { anchors: [], termIds: [] };
    let links: WrittenLink[] = [];
    let cited: Set<string> | undefined;
    // Timed for `npm run bench`'s citation figure, as the citation check always was.
    errors.push(
      ...timedCitations(() => checkFileCitations(file.path, read, citable, (body, mdx, tree, found) => {
        const analysis = analyse(tree, found, matcher);
        // The build's registries reuse this parse (src/lib/page-index.ts).
        rememberAnalysis(body, mdx, analysis);
        cited = new Set(citedKeysInOrder(found));
        for (const key of cited) used.add(key);
        page = { anchors: contentAnchors(tree, found, (keys) => withWorksCitedThrough(keys, (key) => bibliography.items.get(key))), termIds: analysis.termIds };
        links = contentLinks(tree, body);
      })),
    );
    const raw = frontmatterData(file);
    for (const field of keyFields) for (const key of [raw[field]].flat()) if (typeof key === 'string') used.add(key);
    const entry = collectionOf(file.path);
    if (!entry) continue;
    const [, collection, relativePath] = entry;
    // MDX that cannot be read has no citations to count; its own problem is reported.
    if (cited) errors.push(...citingProblems(file, collection, raw, cited, (key) => isKnown(key, citable)));
    const parsed = schemas.get(collection)?.schema.safeParse(raw);
    const data = parsed?.success ? (parsed.data as Record<string, unknown>) : raw;
    entries.push({ page: { collection, id: entryId(relativePath, raw), data, ...page }, path: file.path, links });
  }
  errors.push(...imagesWithoutAlt(files));

  const { redirects, problems: redirectProblems } = readRedirects(contentDir);
  errors.push(...redirectProblems);
  const site = siteAddresses({ entries: entries.map(({ page }) => page), topicIds: topicIds ?? [], printedPartPages: siteConfig().printedPartPages, bibliographyKeys: [...bibliography.items.keys()], redirects: Object.keys(redirects), pagesDirs, publicDir });
  if (existsSync(join(root, publishedUrlsFile))) errors.push(...lostAddressProblems(readFileSync(join(root, publishedUrlsFile), 'utf8'), site.pages));

  // Content links are written from the site's root (src/markdown/base-links.ts adds any base path).
  const targets = linkTargets(site);
  const { entryRoutes } = siteRoutes('/');
  for (const { page, path, links } of entries) {
    const address = entryRoutes[page.collection](page.id);
    for (const { href, line, column } of links) {
      const problem = isExternal(href) ? undefined : linkProblem(href, address, '/', targets);
      if (problem) errors.push({ path, line, column, message: brokenLinkMessage(href, problem) });
    }
  }

  const overdue = pastReview(files, today);
  if (overdueReviews === 'error') errors.push(...overdue);
  const warnings = [...(overdueReviews === 'error' ? [] : overdue), ...placeholders(files), ...bibliographyWarnings, ...bibliographyRules.warnings, ...unusedEntries(used, bibliography), ...markupInBibliography(bibliographyText)];
  return { errors: errors.sort(byPlace), warnings: warnings.sort(byPlace), notes: givenKeys, site };
}
