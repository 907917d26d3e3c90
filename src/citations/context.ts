/**
 * The build's one bibliography and formatter, created on first use and then
 * shared by every page, the check and the /references/ page.
 */
import { evidenceNotes, workName } from '../evidence/evidence-notes.ts';
import { readEvidenceSummaries } from '../evidence/summaries.ts';
import { siteVocabularies } from '../lib/site-settings-files.ts';
import { anchors } from '../lib/anchors.ts';
import { siteRoutes } from '../lib/routes.ts';
import { siteConfig } from '../config/site-config.ts';
import { BibliographyError, readBibliography, type BibliographyReport } from './bibliography.ts';
import { formatProblem } from './check.ts';
import type { CitationContext } from './citations-plugin.ts';
import { CitationFormatter } from './format.ts';
import { citedIn } from './related.ts';
import { takeSharedResults } from './shared-results.ts';
import { siteLocale, siteLocators, siteStyle } from './site-style.ts';
import { contentPath } from '../config/site-paths.ts';

// Astro evaluates this module twice in a build: for the config (the citation
// check, Markdown rendering) and bundled into the pages. Kept on globalThis,
// the context is built once for both: a citeproc engine over hundreds of works
// takes seconds to start.
const key = Symbol.for('evidence-site.citation-context');
const reportKey = Symbol.for('evidence-site.bibliography-report');
type Store = typeof globalThis & { [key]?: CitationContext; [reportKey]?: BibliographyReport };

/** The bibliography as read, with every error and warning in its files; read once per build. */
export function bibliographyReport(): BibliographyReport {
  const store = globalThis as Store;
  return (store[reportKey] ??= readBibliography(contentPath('bibliography')));
}

/** For rendering: the content gate has already stopped a build whose bibliography has errors. */
export function citationContext(): CitationContext {
  const store = globalThis as Store;
  if (!store[key]) {
    const { bibliography, errors } = bibliographyReport();
    if (errors.length > 0) throw new BibliographyError(errors.map(formatProblem));
    const formatter = new CitationFormatter(bibliography, siteStyle(), siteConfig().locale, siteLocale, takeSharedResults);
    const { routes } = siteRoutes(siteConfig().basePath);
    const notes = evidenceNotes(readEvidenceSummaries(contentPath('evidence')), {
      summaryHref: routes.evidence,
      referenceHref: (work) => `${routes.references()}#${anchors.work(work)}`,
      label: (summary) => workName(formatter.narrativeLabel(summary.citationKey), summary.title),
      narrative: (work) => formatter.narrativeLabel(work),
      citedIn: (work) => citedIn(bibliography.items.get(work)),
      kinds: siteVocabularies().evidenceKind.values,
    });
    store[key] = { bibliography, formatter, locators: siteLocators(), notes };
  }
  return store[key];
}
