/**
 * The shared engine's work (SharedResults, format.ts) done in a worker
 * thread while Astro starts: once the content check has passed, Astro syncs
 * content and bundles the pages for about three seconds on one core, and
 * the shared engine needs about as long (its style, then every work's
 * cites and the bibliography of every work) before the first page can show
 * a citation. The pages' formatter takes the results when it first needs
 * them, if they have come; if not, it works them out itself, so a slow or
 * failed worker costs the other core's time and nothing else.
 */
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CslItem } from './citation-js.ts';
import { sharesResults, type SharedResults } from './format.ts';
import type { StyleInfo } from './styles.ts';
import { generatorSourcePath } from '../config/site-paths.ts';

export interface SharedResultsInput {
  /** The site's folder: the worker reads the style's locales from its content/styles/. */
  root: string;
  items: [string, CslItem][];
  style: StyleInfo;
  lang: string;
}

// On globalThis: started from the config's module instance, taken by the pages' (context.ts).
const key = Symbol.for('evidence-site.shared-citation-results');
type Store = typeof globalThis & { [key]?: MessagePort };
const store = globalThis as Store;

/** The worker's module: TypeScript in this repository (Node strips the types), JavaScript in the package. */
const workerFile = () => ['ts', 'js'].map((extension) => generatorSourcePath('citations', `shared-results-worker.${extension}`)).find(existsSync);

/** `failed` hears of a worker that stopped with an error: the build goes on without it, but it is the generator's to mend. */
export function startSharedResults(input: SharedResultsInput, failed: (error: Error) => void = () => {}): void {
  const file = workerFile();
  if (!file || !sharesResults(input.style)) return;
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(file, { workerData: { ...input, port: port2 }, transferList: [port2] });
  // Neither keeps the build's process alive once the build is done.
  worker.unref();
  port1.unref();
  store[key] = port1;
  worker.on('error', (error) => {
    port1.close();
    delete store[key];
    failed(error);
  });
}

/** The worker's results if they have come (once; later calls give none). */
export function takeSharedResults(): SharedResults | undefined {
  const port = store[key];
  const received = port && receiveMessageOnPort(port);
  if (!received) return undefined;
  port.close();
  delete store[key];
  return received.message as SharedResults;
}
