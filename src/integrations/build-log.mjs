// @ts-check
/**
 * Astro's console log with one line per generated file. Astro renders 16
 * pages at a time (build.concurrency in src/integration.ts), but logs each as
 * a line it starts when the page starts and ends with the page's time when
 * the page is written: with pages in flight together the lines ran into each
 * other, and the times landed on the wrong lines or, at the end, on lines of
 * their own. Here each page's line ends at once and the times are dropped, as
 * they can no longer be told apart. Everything else passes through as Astro
 * writes it. Astro loads this file itself, so it is JavaScript.
 */
import nodeDestination from 'astro/logger/node';

/** @typedef {Parameters<import('astro').AstroLoggerDestination['write']>[0]} LogEvent */

/** " (+38ms) ", colour codes and all: a page's time, which follows its line. */
const pageTime = /^\s*(?:\u001b\[[\d;]*m)*\(\+[\d.]+m?s\)/;
/** " (cached)": what an incremental build says of a page, at once after its line. */
const pageCached = /^\s*(?:\u001b\[[\d;]*m)*\((?:cached|restored)\)/;

/** @param {import('astro/logger/node').NodeHandlerConfig} [config] */
export default function buildLog(config) {
  const node = nodeDestination(config);
  /** @type {LogEvent | undefined} A page's line, held to see whether "(cached)" follows it. */
  let pending;
  const flush = () => {
    if (pending) node.write({ ...pending, newLine: true });
    pending = undefined;
  };
  return {
    /** @param {LogEvent} event */
    write(event) {
      if (pending && event.label === 'SKIP_FORMAT' && pageCached.test(event.message)) {
        node.write({ ...pending, message: pending.message + event.message, newLine: true });
        pending = undefined;
        return;
      }
      flush();
      if (!event.newLine) pending = event;
      else if (!(event.label === 'SKIP_FORMAT' && pageTime.test(event.message))) node.write(event);
    },
    flush,
  };
}
