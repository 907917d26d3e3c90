/**
 * Hashes of what pages are made from besides their own file, for the build's
 * caches (page-cache-key.ts, body-cache.ts): the site-wide inputs, and each
 * cited work's inputs. Kept apart from page-cache-key.ts, which needs Astro's
 * content collections, so the body cache (used wherever a page body is
 * rendered, tests included) does not.
 */
import { createHash } from 'node:crypto';
import { citationContext } from '../citations/context.ts';
import { sitePageText, siteVocabularies } from '../lib/site-settings-files.ts';
import { citedIn } from '../citations/related.ts';
import { siteLocale, siteStyle } from '../citations/site-style.ts';
import { readEvidenceSummaries, type EvidenceSummary } from '../evidence/summaries.ts';
import { glossaryDir } from '../glossary/context.ts';
import { readGlossaryTerms } from '../glossary/terms.ts';
import { buildDay } from '../lib/dates.ts';
import { siteConfig } from '../config/site-config.ts';
import { contentPath } from '../config/site-paths.ts';

/** Bumped when what a key covers changes, so no build trusts a key made the old way. */
export const keyVersion = 2;

/** Maps and Sets by their contents: JSON.stringify writes each as {}, which would hide every change in them. */
const withCollections = (_key: string, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value);

/** sha256 of the values as JSON (Dates become ISO strings, Maps and Sets lists); object keys keep their insertion order, which the schema fixes. */
export function hashOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value, withCollections) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}

let site: string | undefined;

/** What every page depends on besides its own inputs, hashed once per build. */
export function siteInputs(): string {
  site ??= hashOf(keyVersion, siteConfig(), buildDay().toISOString(), siteStyle().xml, siteLocale(siteConfig().locale) ?? null, readGlossaryTerms(glossaryDir()), siteVocabularies(), sitePageText());
  return site;
}

let summaries: Map<string, EvidenceSummary> | undefined;
const summaryOf = (key: string) => (summaries ??= new Map(readEvidenceSummaries(contentPath('evidence')).map((summary) => [summary.citationKey, summary]))).get(key) ?? null;
const workHashes = new Map<string, string>();

/**
 * Everything a cited work puts on a page: its entry (reference, cite, preview),
 * its evidence summary, and the work it is cited through with that work's
 * entry and summary (the note under its reference).
 */
export function workInputs(key: string): string {
  let hash = workHashes.get(key);
  if (hash === undefined) {
    const item = citationContext().bibliography.items.get(key);
    const through = citedIn(item);
    hash = hashOf(key, item ?? null, summaryOf(key), through ?? null, through ? (citationContext().bibliography.items.get(through) ?? null) : null, through ? summaryOf(through) : null);
    workHashes.set(key, hash);
  }
  return hash;
}
