/**
 * The search page as readers use it: results as they type, filters kept in
 * the URL, sub-results that land on their heading, spelling help, keyboard
 * only, and nothing fetched before there is something to search for.
 * The words searched for are chosen from the built pages (search-words.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { topResults, waitForResults } from './search-page.ts';
import { caseStudyTopic, commonWord, deepWord, headingWord, misspeltTerm, term } from './search-words.ts';

const path = (href: string) => new URL(href, 'http://site').pathname;

describe.skipIf(!inject('chromium'))('the search page', () => {
  const browser = useChromium();
  const origin = () => inject('siteOrigin');

  it('puts the glossary page for a term first, however it is capitalised', async () => {
    const page = await browser().newPage();
    expect(path((await topResults(page, `${origin()}/search/?q=${term.word}`))[0]!)).toBe(term.path);
    expect(path((await topResults(page, `${origin()}/search/?q=${term.word.toUpperCase()}`))[0]!)).toBe(term.path);
    await page.close();
  });

  it('shows results as the reader types, with the type of page and the matched words marked', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}/search/`);
    await page.locator('#search-input').pressSequentially(term.word);
    expect(await waitForResults(page)).toMatch(new RegExp(`^\\d+ pages? match(es)? "${term.word}"`));
    expect(new URL(page.url()).search).toBe(`?q=${term.word}`);
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__type').textContent()).toBe('Glossary');
    const marked = (await first.locator('mark').allTextContents()).map((word) => word.toLowerCase().replace(/[^a-z]/g, ''));
    expect(marked).toContain(term.word);
    await page.close();
  });

  it('narrows results with a filter, shows the counts, and keeps the filter through a reload', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}/search/?q=${commonWord}`);
    const before = await waitForResults(page);
    const caseStudies = page.locator('input[name=type][value=case-study]');
    const count = Number(/\((\d+)\)/.exec((await page.locator('[data-count="type:case-study"]').textContent()) ?? '')?.[1]);
    await caseStudies.check();
    await page.waitForFunction((previous) => document.getElementById('search-status')?.textContent !== previous, before);
    expect(new URL(page.url()).search).toBe(`?q=${commonWord}&type=case-study`);
    const types = await page.locator('.search-result__type').allTextContents();
    expect(types.length).toBe(count);
    expect(new Set(types)).toEqual(new Set(['Case study']));

    await page.reload();
    await waitForResults(page);
    expect(await caseStudies.isChecked()).toBe(true);
    expect(await page.locator('.search-result__type').allTextContents()).toEqual(types);
    await page.close();
  });

  it('combines filters from a link, with no query at all', async () => {
    const page = await browser().newPage();
    const results = await topResults(page, `${origin()}/search/?type=case-study&topic=${caseStudyTopic.id}`);
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^\\d+ pages? with the filters Case study, ${caseStudyTopic.label}\\.$`));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((href) => path(href).startsWith('/case-studies/'))).toBe(true);
    await page.close();
  });

  it('lands a sub-result on its heading', async () => {
    const page = await browser().newPage();
    await topResults(page, `${origin()}/search/?q=${headingWord}`);
    const sub = page.locator('.search-result__sections a').first();
    const id = new URL((await sub.getAttribute('href'))!, 'http://site').hash.slice(1).split(':~:')[0]!;
    const heading = await sub.textContent();
    // Pagefind starts a section's excerpt with its heading when the match is near it: the heading is shown once, as the link.
    for (const entry of await page.locator('.search-result__sections li').all()) {
      const [link, excerpt] = await entry.evaluate((item) => [item.querySelector('a')!.textContent!, item.querySelector('span')!.textContent!]);
      expect(excerpt.startsWith(link)).toBe(false);
    }
    await sub.click();
    await page.waitForURL((url) => url.hash.startsWith(`#${id}`) || url.pathname !== '/search/');
    const target = page.locator(`[id="${id}"]`);
    expect(await target.textContent()).toBe(heading);
    expect(await target.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    await page.close();
  });

  it('scrolls to and highlights the matched words on landing, through a text fragment', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 600 } });
    await topResults(page, `${origin()}/search/?q=${deepWord}`);
    // A long page, where the word is well below the fold.
    const link = page.locator('.search-result h3 a[href^="/guidance/"]').first();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`#:~:text=${deepWord}`, 'i'));
    await link.click();
    await page.waitForLoadState();
    await page.waitForFunction(() => window.scrollY > 0);
    const visible = await page.evaluate((word) => {
      const range = document.createRange();
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.toLowerCase().indexOf(word);
        if (at < 0) continue;
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const { top } = range.getBoundingClientRect();
        return top >= 0 && top < window.innerHeight;
      }
      return false;
    }, deepWord);
    expect(visible).toBe(true);
    await page.close();
  });

  it('corrects a misspelt query from the index vocabulary and offers the original', async () => {
    const page = await browser().newPage();
    const results = await topResults(page, `${origin()}/search/?q=${misspeltTerm}`);
    expect(await page.locator('#search-spelling').textContent()).toBe(`Showing results for ${term.word}. Search for "${misspeltTerm}" instead`);
    expect(path(results[0]!)).toBe(term.path);
    await page.locator('#search-spelling a').click();
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    expect(await page.locator('#search-spelling').isHidden()).toBe(true);
    await page.close();
  });

  it('works from the keyboard alone: / to the box, Tab to a filter, Space to tick it, Tab on to the results', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}/search/`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type(commonWord);
    await waitForResults(page);
    // Tab past the Search button and the filters' summary to the first filter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('type');
    const before = await page.locator('#search-status').textContent();
    await page.keyboard.press('Space');
    await page.waitForFunction((previous) => document.getElementById('search-status')?.textContent !== previous, before);
    expect(new URL(page.url()).searchParams.getAll('type')).toHaveLength(1);
    // Onwards, Tab reaches a result link.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('.search-result') !== null);
    }
    expect(reached).toBe(true);
    await page.close();
  });

  it('puts the first result on the first screen of a phone, with the filters closed above it saying how many are ticked', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await topResults(page, `${origin()}/search/?q=${commonWord}&type=guidance&type=case-study`);
    const heading = (await page.locator('.search-result h3').first().boundingBox())!;
    expect(heading.y + heading.height).toBeLessThanOrEqual(844);
    const filters = page.locator('#search-filters');
    expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await filters.locator('summary').textContent()).toBe('Filter results (2 active)');

    await filters.locator('summary').click();
    const before = await page.locator('#search-status').textContent();
    await page.locator('input[name=type][value=case-study]').uncheck();
    await page.waitForFunction((previous) => document.getElementById('search-status')?.textContent !== previous, before);
    expect(await filters.locator('summary').textContent()).toBe('Filter results (1 active)');
    // A phone has no / key to press: the hint says only that results come as you type.
    expect(await page.locator('#search-shortcut-hint').innerText()).toBe('Results appear as you type.');
    await page.close();
  });

  it('shows the filters beside the results on a wide screen, and has no button that does nothing', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await topResults(page, `${origin()}/search/?q=${commonWord}`);
    expect(await page.locator('#search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect((await page.locator('#search-filters summary').textContent())?.trim()).toBe('Filter results');
    // Filters apply as they are ticked: the only buttons search, or show more when there is more.
    expect(await page.locator('button:visible').allTextContents()).toEqual(['Search', 'Search', 'Show more results']);
    await page.close();
  });

  it('lets the reader turn the / shortcut off, and remembers it', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}/search/`);
    await page.locator('#search-shortcut').uncheck();
    await page.reload();
    expect(await page.locator('#search-shortcut').isChecked()).toBe(false);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('search-input');
    await page.close();
  });

  it('has no accessibility violations with results, filters and spelling help shown', async () => {
    const page = await browser().newPage();
    await topResults(page, `${origin()}/search/?q=${misspeltTerm}&type=guidance`);
    expect(await page.locator('#search-spelling').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fetches nothing of Pagefind until there is something to search for', async () => {
    const page = await browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(request.url());
    });
    await page.goto(`${origin()}/search/`, { waitUntil: 'networkidle' });
    expect(fetched).toEqual([]);
    await page.locator('#search-input').pressSequentially(commonWord);
    await waitForResults(page);
    expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});
