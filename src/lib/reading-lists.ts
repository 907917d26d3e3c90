/**
 * Reading lists for educators: the works each guidance page cites, in the
 * order it first cites them, and each topic's (the works its guidance pages
 * cite, each once, in page order).
 */
import type { CslItem } from '../citations/citation-js.ts';
import { citationContext } from '../citations/context.ts';
import { getGuidance, getTopics } from './content.ts';
import { getCitationCounts } from './registries.ts';
import { routes } from './urls.ts';

export interface ReadingList {
  keys: string[];
  items: CslItem[];
}

function readingList(keys: string[]): ReadingList {
  const { bibliography } = citationContext();
  return { keys, items: keys.flatMap((key) => bibliography.items.get(key) ?? []) };
}

export async function getReadingLists() {
  const pages = await Promise.all((await getGuidance()).map(async (entry) => ({ entry, ...readingList([...(await getCitationCounts(routes.guidance(entry.id))).keys()]) })));
  const topics = (await getTopics()).map((topic) => ({ topic, ...readingList([...new Set(pages.filter(({ entry }) => entry.data.topic === topic.id).flatMap(({ keys }) => keys))]) }));
  return { pages, topics };
}
