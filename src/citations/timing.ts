/**
 * Time spent in the citation pipeline, for `npm run bench`. With
 * KB_CITATION_TIMING set, timed steps add their CPU time (this thread's, so
 * other processes on a busy machine and Astro's worker threads do not count)
 * to one total per process, printed to stderr as the build exits; a normal
 * build runs the steps untimed. The total lives on globalThis because Astro
 * loads this module twice (once for the config, once bundled into the pages).
 */
const key = Symbol.for('evidence-site.citation-cpu-ms');
type Store = typeof globalThis & { [key]?: { ms: number } };

function total(): { ms: number } {
  const store = globalThis as Store;
  if (!store[key]) {
    const counter = { ms: 0 };
    store[key] = counter;
    process.once('exit', () => process.stderr.write(`citation pipeline: ${Math.round(counter.ms)} ms CPU\n`));
  }
  return store[key];
}

export function timedCitations<T>(step: () => T): T {
  if (!process.env.KB_CITATION_TIMING) return step();
  const started = process.threadCpuUsage();
  try {
    return step();
  } finally {
    const used = process.threadCpuUsage(started);
    total().ms += (used.user + used.system) / 1000;
  }
}
