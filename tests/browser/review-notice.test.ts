/**
 * A page past its review date says so at the top. The Harvard build is
 * dated after every page's review is due (global-setup.ts), so the test
 * depends on no real date; citation-styles.test.ts checks those pages,
 * notice and all, with axe and html-validate.
 */
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../src/links/check-links.ts';
import { laterBuildStyle, styleDistDir } from './built-site.ts';
import { useChromium } from './chromium.ts';

describe.skipIf(!inject('chromium'))('a page due for review', () => {
  const browser = useChromium();

  it.each(['guidance', 'case-studies', 'evidence', 'glossary'])('on a %s page says so at the top, with its due date and owner', async (kind) => {
    const path = [...htmlPages(styleDistDir(laterBuildStyle)).keys()].sort().find((each) => each.startsWith(`/${kind}/`) && each !== `/${kind}/`)!;
    const tab = await browser().newPage();
    await tab.goto(inject('styleOrigins')[laterBuildStyle] + path);
    const notice = tab.getByRole('note', { name: 'Review notice' });
    expect(await notice.textContent()).toMatch(/^\s*This page is due for review\. Its review was due on \d{1,2} \w+ \d{4}, so\s+parts of it may be out of date\./);
    expect(await notice.textContent()).toContain("The page's owner is:");
    // Before the page's own heading, where a reader starts.
    expect(await tab.evaluate(() => document.querySelector('.review-notice')!.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    await tab.close();
  });

  it('is not shown on pages that are not content', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('styleOrigins')[laterBuildStyle]}/guidance/`);
    expect(await tab.locator('.review-notice').count()).toBe(0);
    await tab.close();
  });
});
