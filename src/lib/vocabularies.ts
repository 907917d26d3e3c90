/**
 * The site's vocabularies (content/vocabularies.yaml) for pages to label
 * values with. The content gate has checked the file before any page is
 * built, so a problem here is only repeated, never first found.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../citations/check.ts';
import { readVocabularies } from '../content-checks/vocabularies-file.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';

let vocabularies: Vocabularies | undefined;

export function siteVocabularies(): Vocabularies {
  if (!vocabularies) {
    const read = readVocabularies(resolve('content'));
    if (!read.vocabularies) throw new Error(read.problems.map(formatProblem).join('\n'));
    vocabularies = read.vocabularies;
  }
  return vocabularies;
}
