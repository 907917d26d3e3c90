/** The fixture site's topics and vocabularies (tests/gatekeeper/base-content/), for schema tests that need a site's lists. */
import { fileURLToPath } from 'node:url';
import { readVocabularies } from '../../src/content-checks/settings-files.ts';
import type { SiteLists } from '../../src/schemas/fields.ts';

const fixture = readVocabularies(fileURLToPath(new URL('../gatekeeper/base-content/', import.meta.url)));
if (!fixture.data) throw new Error(fixture.problems.map((problem) => problem.message).join('\n'));

export const vocabularies = fixture.data;

export const siteLists = (topicIds: [string, ...string[]]): SiteLists => ({ topicIds, vocabularies });
