/**
 * A build writes the download files (.bib, .ris and .json for every citable
 * page, work and reading list) straight into the built site when it is
 * done, instead of rendering an Astro route for each. Astro spends about
 * 1.5 ms on every route it renders, some fifty times what making the file
 * costs, and three files a page, a work and a reading list made downloads
 * 7,218 of the 8,239 files of a 1,000-page site. Written here, they cut that
 * build's page generation from 24 s to 19 s, and an incremental rebuild no
 * longer copies them back from Astro's cache.
 *
 * The download routes still list what they hold, so their getStaticPaths()
 * lists the files (downloadRoutes), and the build-done hook makes and writes
 * them (writeDownloadFiles). The two run in different module graphs (Astro's
 * bundle and the integration), so the files pass through globalThis. In
 * `astro dev`, which has no end of build, the routes serve the files.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { downloadExtensions, downloadPath } from '../../lib/downloads.ts';
import type { CslItem } from '../citation-js.ts';
import { downloadFormats, downloadStaticPaths, type DownloadProps } from './formats.ts';

/** One download's name ("references", a work's key, a page's cite key) and the works it holds. */
export interface DownloadList {
  name: string;
  items: CslItem[];
}

/** Each file is kept as the works it holds and its format (DownloadProps), and made when it is written: a site's files are never all in memory at once. */
const store = Symbol.for('evidence-site:download-files');
type Store = { [store]?: Map<string, DownloadProps> };
/** The files listed so far, by path from the site's root, while a build collects them; undefined otherwise. */
const collected = () => (globalThis as Store)[store];

/** A build collects the download files from here on (and no route renders them). */
export function collectDownloadFiles(): void {
  (globalThis as Store)[store] = new Map();
}

/** getStaticPaths() for the download files `lists` under `folder`: none in a build that collects them, one route each otherwise. */
export function downloadRoutes(folder: string, lists: DownloadList[]) {
  const files = collected();
  if (!files) return lists.flatMap(({ name, items }) => downloadStaticPaths(name, items));
  for (const { name, items } of lists) for (const extension of downloadExtensions) files.set(downloadPath(folder, name, extension), { items, extension });
  return [];
}

/**
 * Files written at a time. Several at once let the file system overlap them
 * (7,218 small files took 0.5 to 0.6 s so here, 1.6 to 2.8 s one after
 * another); all at once ran out of file handles at 10,000 pages (EMFILE).
 */
const writesAtOnce = 32;

/** Writes the collected files into the built site at `dir`; how many. */
export async function writeDownloadFiles(dir: string): Promise<number> {
  const files = collected() ?? new Map<string, DownloadProps>();
  for (const folder of new Set([...files.keys()].map((path) => dirname(path)))) mkdirSync(join(dir, folder), { recursive: true });
  const queue = [...files];
  const writer = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(join(dir, next[0]), downloadFormats[next[1].extension].write(next[1].items));
  };
  await Promise.all(Array.from({ length: writesAtOnce }, writer));
  return files.size;
}
