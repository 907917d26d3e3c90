/** The build's glossary matcher, built on first use and shared by every page. */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { termMatcher, type TermMatcher } from './match.ts';
import { readGlossaryTerms } from './terms.ts';

// Relative to the project root, as for the bibliography (see citations/context.ts).
export const glossaryDir = resolve('content/glossary');

let matcher: TermMatcher | undefined;

export function glossaryMatcher(): TermMatcher {
  matcher ??= termMatcher(readGlossaryTerms(glossaryDir));
  return matcher;
}

/** The glossary entry a file defines, so it does not link to itself. */
export function glossaryEntryOf(fileUrl: URL | undefined): string | undefined {
  const path = fileUrl ? fileURLToPath(fileUrl) : '';
  return path.startsWith(glossaryDir + sep) ? path.slice(glossaryDir.length + 1).replace(/\.mdx?$/, '') : undefined;
}

export const glossaryHref = (id: string) => `/glossary/${id}/`;
