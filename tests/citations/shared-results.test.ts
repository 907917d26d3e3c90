/**
 * A build works out the shared engine's results (format.ts, SharedResults)
 * in a worker thread while Astro starts (shared-results.ts), and the pages'
 * formatter adopts them: the pages must read exactly as if the formatter had
 * worked them out itself.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Bibliography } from '../../src/citations/bibliography.ts';
import { CitationFormatter, type SharedResults } from '../../src/citations/format.ts';
import { startSharedResults, takeSharedResults } from '../../src/citations/shared-results.ts';
import { loadStyle } from '../../src/citations/styles.ts';
import { syntheticBibliography, syntheticPages } from '../../scripts/bench/synthetic.ts';
import { formatterCitations, locale } from './context.ts';

const works = syntheticBibliography(30, 11);
const bibliography: Bibliography = { items: new Map(works.map((work) => [work.id, work])), fileOf: new Map() };
const pages = syntheticPages(20, [...bibliography.items.keys()], [4, 10], 11).map(formatterCitations);
const apa = loadStyle('apa', '/none');
const formatter = (shared?: () => SharedResults | undefined) => new CitationFormatter(bibliography, apa, 'en-GB', locale, shared);

/** Every page's citations and references, and every work's label, as a formatter gives them. */
function site(from: CitationFormatter) {
  return {
    pages: pages.map((citations) => from.formatPage(citations)),
    references: pages.map((citations) => from.references(citations.flatMap((citation) => citation.items.map((item) => item.key)))),
    labels: works.map((work) => from.narrativeLabel(work.id)),
  };
}

describe('shared results worked out elsewhere', () => {
  it('give the same pages as a formatter that works them out itself', { timeout: 120_000 }, () => {
    expect(site(formatter(() => formatter().sharedResults()))).toEqual(site(formatter()));
  });

  it('are used once they have come, and asked for until then', () => {
    const results = formatter().sharedResults();
    const [key] = results.labels[0]!;
    let asked = 0;
    const adopting = formatter(() => (++asked < 2 ? undefined : { ...results, labels: [[key, 'label from elsewhere']] }));
    expect(adopting.narrativeLabel(key)).not.toBe('label from elsewhere');
    // The formatter kept what it had worked out itself before they came.
    expect(adopting.narrativeLabel(key)).not.toBe('label from elsewhere');
    expect(adopting.narrativeLabel(works[1]!.id)).toBe(formatter().narrativeLabel(works[1]!.id));
    expect(asked).toBe(2);
    expect(formatter(() => ({ ...results, labels: [[key, 'label from elsewhere']] })).narrativeLabel(key)).toBe('label from elsewhere');
  });

  it('come from the worker thread as this thread would work them out', { timeout: 120_000 }, async () => {
    // A site folder without content/styles/: the bundled en-GB locale.
    startSharedResults({ root: mkdtempSync(join(tmpdir(), 'shared-results-')), items: [...bibliography.items], style: apa, lang: 'en-GB' });
    let results: SharedResults | undefined;
    for (let waited = 0; !results && waited < 100_000; waited += 100) {
      await sleep(100);
      results = takeSharedResults();
    }
    expect(results).toEqual(formatter().sharedResults());
    expect(takeSharedResults()).toBeUndefined();
  });

  it('say so when the worker fails, and none come', { timeout: 60_000 }, async () => {
    const error = await new Promise<Error>((failed) =>
      startSharedResults({ root: mkdtempSync(join(tmpdir(), 'shared-results-')), items: [...bibliography.items], style: { ...apa, xml: '<style/>' }, lang: 'en-GB' }, failed),
    );
    expect(error).toBeInstanceOf(Error);
    expect(takeSharedResults()).toBeUndefined();
  });
});
