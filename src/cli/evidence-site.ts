#!/usr/bin/env node
/**
 * The generator's command-line tools, run from a site's folder: the
 * package's `evidence-site` command, and this repository's npm scripts
 * (check, new, urls:update, check:readability). Each tool is loaded only
 * when asked for, so `check` starts in milliseconds.
 */
const tools: Record<string, { about: string; run: (args: string[]) => Promise<number> }> = {
  check: { about: 'every content check, without building (--verbose for timings)', run: async (args) => (await import('./check.ts')).run(args) },
  new: { about: '<guidance|case-study|evidence|term> "Title": start a page that already passes the checks', run: async (args) => (await import('./new-page.ts')).run(args) },
  'urls:update': { about: "record the site's addresses in content/published-urls.txt", run: async () => (await import('./update-published-urls.ts')).run() },
  readability: { about: 'reading grade of each page: a report, not a check', run: async () => (await import('./readability.ts')).run() },
};

const [command = '', ...args] = process.argv.slice(2);
const tool = tools[command];
if (!tool) {
  console.error(`Usage: evidence-site <tool>, in the site's folder (the one that holds content/). Tools:\n${Object.entries(tools).map(([tool, { about }]) => `  ${tool} ${about}`).join('\n')}`);
  process.exit(1);
}
process.exit(await tool.run(args));

export {}; // a module, for top-level await
