/** The fixture site's topics and vocabularies (tests/gatekeeper/base-content/), for schema tests that need a site's lists. */
import { fileURLToPath } from 'node:url';
import { readVocabularies } from '../../src/content-checks/vocabularies-file.ts';
import type { SiteLists } from '../../src/schemas/fields.ts';

const fixture = readVocabularies(fileURLToPath(new URL('../gatekeeper/base-content/', import.meta.url)));
if (!fixture.vocabularies) throw new Error(fixture.problems.map((problem) => problem.message).join('\n'));

export const vocabularies = fixture.vocabularies;

export const siteLists = (topicIds: [string, ...string[]]): SiteLists => ({ topicIds, vocabularies });
