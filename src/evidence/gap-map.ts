/**
 * An evidence-and-gap map in the manner of the Campbell Collaboration's and
 * EPPI-Mapper's: topics down the side, kinds of evidence across the top, and
 * in each cell the works that support the topic with that kind of evidence.
 * A work supports a topic when a guidance page or case study in the topic
 * cites it (the citation registry, src/lib/registries.ts). Works without an
 * evidence summary have no known kind and get a column of their own, so the
 * map shows what the guidance rests on as well as where the gaps are.
 */

/** The last column: works cited without an evidence summary. */
export const unsummarised = 'unsummarised';

export interface MapSummary {
  citationKey: string;
  evidenceKind: string;
  sectors: readonly string[];
  setting: string;
}

export interface MapPage {
  /** The topics the page belongs to. */
  topics: readonly string[];
  /** The works it cites. */
  cited: Iterable<string>;
}

export interface GapMap {
  /** Topic id → column → the keys of the works in that cell, in the bibliography's order. */
  cells: Map<string, Map<string, string[]>>;
  /** Every work in the map, with its column and the topics it supports. */
  works: Map<string, { column: string; topics: string[]; summary?: MapSummary }>;
  /** The kinds of evidence in their vocabulary's order (content/vocabularies.yaml), then `unsummarised`. */
  columns: string[];
}

/** `order` is every work's key in the order the map lists works (the reference list's). */
export function gapMap(topicIds: readonly string[], kindIds: readonly string[], pages: readonly MapPage[], summaries: readonly MapSummary[], order: readonly string[]): GapMap {
  const summaryOf = new Map(summaries.map((summary) => [summary.citationKey, summary]));
  const topicsOf = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const key of page.cited) {
      const topics = topicsOf.get(key) ?? topicsOf.set(key, new Set()).get(key)!;
      for (const topic of page.topics) if (topicIds.includes(topic)) topics.add(topic);
    }
  }
  const rank = new Map(order.map((key, index) => [key, index]));
  const keys = [...topicsOf.keys()].filter((key) => topicsOf.get(key)!.size > 0).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));
  const works: GapMap['works'] = new Map();
  const columns = [...kindIds, unsummarised];
  const cells: GapMap['cells'] = new Map(topicIds.map((topic) => [topic, new Map(columns.map((column) => [column, [] as string[]]))]));
  for (const key of keys) {
    const summary = summaryOf.get(key);
    const column = summary?.evidenceKind ?? unsummarised;
    const topics = topicIds.filter((topic) => topicsOf.get(key)!.has(topic));
    works.set(key, { column, topics, ...(summary ? { summary } : {}) });
    for (const topic of topics) cells.get(topic)!.get(column)!.push(key);
  }
  return { cells, works, columns };
}

/** A cell's shading, from its count: the legend's four steps. */
export const cellShade = (count: number): 'gap' | 'one' | 'few' | 'many' => (count === 0 ? 'gap' : count === 1 ? 'one' : count < 4 ? 'few' : 'many');


export interface MapFilter {
  /** A sector id, or "" for any. */
  sector: string;
  /** Words the setting must contain, or "" for any. */
  setting: string;
}

/**
 * Whether a work passes the map's filters: its sectors (space-separated ids)
 * include the sector, and its setting contains every word typed, ignoring
 * case. A work without an evidence summary has neither, so any filter hides it.
 */
export function passesFilter(work: { sectors: string; setting: string }, filter: MapFilter): boolean {
  if (filter.sector && !work.sectors.split(' ').includes(filter.sector)) return false;
  const setting = work.setting.toLocaleLowerCase();
  return filter.setting
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((word) => setting.includes(word));
}
