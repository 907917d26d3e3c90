/**
 * The real site in every built-in citation style. global-setup.ts builds it
 * in Harvard and Vancouver besides the default APA; here every page that
 * shows citations or references, in each style, is valid HTML, passes axe,
 * and links each cite to an entry of the page's own reference list, with
 * the entry's text beside the cite as its preview.
 */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../src/links/check-links.ts';
import { axeViolations } from './axe.ts';
import { otherStyles, styleDistDir } from './built-site.ts';
import { useChromium } from './chromium.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Pages with citations or a reference list, by their address. */
const citingPages = (style: (typeof otherStyles)[number]) =>
  [...htmlPages(styleDistDir(style))].filter(([, file]) => /class="(?:citation|references__list)/.test(readFileSync(file, 'utf8'))).sort(([a], [b]) => a.localeCompare(b));

describe.skipIf(!inject('chromium')).each(otherStyles)('the site in %s style', (style) => {
  const browser = useChromium();
  const pages = citingPages(style);

  it('has pages with citations to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s is valid, accessible, and every cite links to its reference', async (path, file) => {
    const report = await validator.validateFile(file);
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);

    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(inject('styleOrigins')[style] + path, { waitUntil: 'networkidle' });
    const cites = await page.locator('a.cite__link').evaluateAll((links) =>
      links.map((link) => {
        const target = document.getElementById(link.getAttribute('href')!.slice(1));
        const preview = document.getElementById(link.getAttribute('aria-describedby') ?? '');
        // The entry as the preview shows it: without its links back to the citations.
        const entry = target?.cloneNode(true) as HTMLElement | undefined;
        entry?.querySelector('.references__backlinks')?.remove();
        return { text: link.textContent, target: target?.tagName ?? null, preview: preview?.textContent?.trim() ?? '', entry: entry?.textContent?.trim() ?? '' };
      }),
    );
    const violations = await axeViolations(page);
    await page.close();

    expect(violations).toEqual([]);
    for (const cite of cites) {
      expect(cite.target, `"${cite.text}" links to no reference on the page`).toBe('LI');
      expect(cite.preview).toBe(cite.entry);
    }
  });
});
