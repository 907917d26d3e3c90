/**
 * Topic ids are read from content/topics.yaml when the config loads, so the
 * schemas can offer them as an enum: an unknown topic fails with the list of
 * valid ones instead of producing an empty search filter.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export function readTopicIds(file: URL): [string, ...string[]] {
  const data = load(readFileSync(file, 'utf8'));
  const ids = Array.isArray(data) ? data.map((topic: { id?: unknown }) => topic?.id).filter((id) => typeof id === 'string') : [];
  if (ids.length === 0) {
    throw new Error(`${file.pathname}: no topics found. Add at least one "- id: ..." entry.`);
  }
  return ids as [string, ...string[]];
}
