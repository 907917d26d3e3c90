/**
 * Topic ids are read from content/topics.yaml when the config loads, so the
 * schemas can offer them as an enum: an unknown topic fails with the list of
 * valid ones instead of producing an empty search filter.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** The topics' ids, in the site's order (each topic's `order`, as the topics collection sorts them). */
export function readTopicIds(file: URL): [string, ...string[]] {
  const data = load(readFileSync(file, 'utf8'));
  const topics = Array.isArray(data) ? (data as { id?: unknown; order?: unknown }[]).filter((topic) => typeof topic?.id === 'string') : [];
  // A topic without a number for its order is the collection schema's to report; here it goes last (two such compare equal).
  const order = (topic: { order?: unknown }) => (typeof topic.order === 'number' ? topic.order : Infinity);
  const ids = topics.sort((a, b) => order(a) - order(b) || 0).map((topic) => topic.id as string);
  if (ids.length === 0) {
    throw new Error(`${file.pathname}: no topics found. Add at least one "- id: ..." entry.`);
  }
  return ids as [string, ...string[]];
}
