/**
 * The evidence-and-gap map as readers use it: the whole map and its table
 * without scripts, and filters by sector and setting with them, each state
 * agreeing between the map and the table, kept in the address, and
 * accessible. Counts come from the page, so the tests hold for any content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { siteVocabularies } from '../../src/lib/site-settings-files.ts';
import { labelsOf } from '../../src/lib/vocabulary-values.ts';

const { evidenceKind, sector: sectors } = siteVocabularies();
const sectorLabels = labelsOf(sectors);
import { axeViolations } from './axe.ts';
import { useChromium } from './chromium.ts';

/** Each cell's stated count and the works it shows, and each shown row of the works table with its sector and setting. */
async function readMap(tab: Page) {
  const cells = await tab.locator('#gap-map td').evaluateAll((tds) =>
    tds.map((td) => ({
      stated: Number(/^(\d+) works?$/.exec(td.querySelector('.gap-map__count')?.textContent ?? '')?.[1]),
      shown: [...td.querySelectorAll('[data-work]')].filter((item) => !(item as HTMLElement).hidden).length,
      gap: td.classList.contains('gap-map__cell--gap'),
      gapShown: getComputedStyle(td.querySelector('.gap-map__gap')!).display !== 'none',
    })),
  );
  const rows = await tab.locator('#map-works tbody tr').evaluateAll((trs) =>
    trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => ({ work: tr.getAttribute('data-work'), sector: tr.children[2]!.textContent ?? '', setting: tr.children[3]!.textContent ?? '' })),
  );
  const inCells = await tab.locator('#gap-map [data-work]').evaluateAll((items) => [...new Set(items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.getAttribute('data-work')))].sort());
  return { cells, rows, inCells };
}

function expectConsistent(map: Awaited<ReturnType<typeof readMap>>) {
  for (const cell of map.cells) {
    expect(cell.stated).toBe(cell.shown);
    expect(cell.gap).toBe(cell.shown === 0);
    expect(cell.gapShown).toBe(cell.shown === 0);
  }
  // The table lists exactly the works the map shows.
  expect(map.rows.map((row) => row.work).sort()).toEqual(map.inCells);
}

describe.skipIf(!inject('chromium'))('the evidence-and-gap map', () => {
  const browser = useChromium();
  const url = () => `${inject('siteOrigin')}/evidence-map/`;

  it('shows the whole map, its gaps and its table without scripts, and no filters that could not work', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(url());
    expect(await tab.locator('#map-filters').isVisible()).toBe(false);
    const map = tab.getByRole('table', { name: 'Kinds of evidence for each topic' });
    // A column for the topic, one per kind of evidence, and one for works without a summary.
    expect(await map.getByRole('columnheader').count()).toBe(evidenceKind.values.length + 2);
    expect(await map.getByRole('rowheader').count()).toBeGreaterThan(0);
    const state = await readMap(tab);
    expectConsistent(state);
    expect(state.rows.length).toBeGreaterThan(0);
    expect(await tab.getByText('Gap: no work of this kind supports the topic').isVisible()).toBe(true);
    await context.close();
  });

  it('filters the map and the table by sector, recounting cells and keeping the filter in the address', async () => {
    const tab = await browser().newPage();
    await tab.goto(url());
    const all = await readMap(tab);
    const options = await tab.locator('#map-sector option').evaluateAll((items) => items.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    for (const sector of options) {
      await tab.selectOption('#map-sector', sector);
      const state = await readMap(tab);
      expectConsistent(state);
      expect(state.rows.length).toBeGreaterThan(0);
      expect(state.rows.length).toBeLessThan(all.rows.length);
      for (const row of state.rows) expect(row.sector).toContain(sectorLabels[sector]);
      expect(await tab.locator('#map-status').textContent()).toBe(`Showing ${state.rows.length} ${state.rows.length === 1 ? 'work' : 'works'} of ${all.rows.length}.`);
      expect(new URL(tab.url()).searchParams.get('sector')).toBe(sector);
    }
    await tab.selectOption('#map-sector', '');
    expect((await readMap(tab)).rows).toHaveLength(all.rows.length);
    expect(await tab.locator('#map-status').textContent()).toBe('');
    expect(new URL(tab.url()).search).toBe('');
    await tab.close();
  });

  it('filters by words in the setting, from a shared address too, and stays accessible', async () => {
    const tab = await browser().newPage();
    await tab.goto(url());
    const word = (await readMap(tab)).rows.map((row) => row.setting).find((setting) => setting !== 'Not recorded')!.split(/\s+/)[0]!;
    await tab.fill('#map-setting', word.toUpperCase());
    const state = await readMap(tab);
    expectConsistent(state);
    expect(state.rows.length).toBeGreaterThan(0);
    for (const row of state.rows) expect(row.setting.toLowerCase()).toContain(word.toLowerCase());

    // Opened from the address, the filter is back in its box and applied.
    const shared = tab.url();
    const again = await browser().newPage();
    await again.goto(shared);
    expect(await again.inputValue('#map-setting')).toBe(word.toUpperCase());
    expect((await readMap(again)).rows).toEqual(state.rows);
    expect(await axeViolations(again)).toEqual([]);
    await again.close();

    await tab.fill('#map-setting', 'zzzz-no-such-setting');
    const none = await readMap(tab);
    expectConsistent(none);
    expect(none.rows).toEqual([]);
    expect(none.cells.every((cell) => cell.gap)).toBe(true);
    await tab.close();
  });
});
