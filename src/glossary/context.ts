/** The build's glossary matcher, built on first use and shared by every page. */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { termMatcher, type TermMatcher } from './match.ts';
import { readGlossaryTerms } from './terms.ts';
import { contentPath } from '../config/site-paths.ts';

export const glossaryDir = () => contentPath('glossary');

let matcher: TermMatcher | undefined;

export function glossaryMatcher(): TermMatcher {
  matcher ??= termMatcher(readGlossaryTerms(glossaryDir()));
  return matcher;
}

/** The glossary entry a file defines, so it does not link to itself. */
export function glossaryEntryOf(fileUrl: URL | undefined): string | undefined {
  const path = fileUrl ? fileURLToPath(fileUrl) : '';
  const dir = glossaryDir();
  return path.startsWith(dir + sep) ? path.slice(dir.length + 1).replace(/\.mdx?$/, '') : undefined;
}

export const glossaryHref = (id: string) => `/glossary/${id}/`;
