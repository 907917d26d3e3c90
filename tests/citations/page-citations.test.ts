/**
 * "Cite this page" is always complete: the page's address and an access date
 * in the item every download is written from, and in every style's reference.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFormats } from '../../src/citations/downloads/formats.ts';
import { accessDateProbes, pageItem } from '../../src/citations/page-citations.ts';
import { missingSettingNotes } from '../../src/integrations/site-settings.ts';
import { citationContext, fixtureBibliography } from './context.ts';

const page = { key: 'kb-guidance-power', title: 'Power in co-production', path: '/guidance/power/', lastReviewed: new Date('2026-11-23') };
const built = String(Date.UTC(2026, 11, 3) / 1000);

describe("a page's own citation", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("carries the page's path when the site has no public address, and the day the site was built as its access date", () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', built);
    expect(pageItem(page)).toMatchObject({ type: 'webpage', URL: '/guidance/power/', accessed: { 'date-parts': [[2026, 12, 3]] }, issued: { 'date-parts': [[2026, 11, 23]] } });
  });

  it('keeps both in every download format', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', built);
    const [item] = [pageItem(page)];
    expect(downloadFormats.bib.write([item])).toMatch(/url = \{\/guidance\/power\/\}[\s\S]*urldate = \{2026-12-03\}|urldate = \{2026-12-03\}[\s\S]*url = \{\/guidance\/power\/\}/);
    const ris = downloadFormats.ris.write([item]);
    expect(ris).toContain('UR  - /guidance/power/');
    // A web page's access date in M1, as EndNote writes it and Zotero reads it.
    expect(ris).toContain('M1  - 2026/12/3/');
    expect(JSON.parse(downloadFormats.json.write([item]))[0]).toMatchObject({ URL: '/guidance/power/', accessed: { 'date-parts': [[2026, 12, 3]] } });
  });

  it('tells, through two probes, whether a style writes the access date: Harvard and Vancouver do, APA does not for a dated page', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', built);
    const item = pageItem(page);
    const probes = accessDateProbes(item);
    expect(probes[0].accessed).toEqual(item.accessed);
    expect(probes[1]).not.toHaveProperty('accessed');
    const bibliography = fixtureBibliography();
    const shows = (style: 'apa' | 'harvard' | 'vancouver') => {
      const references = citationContext(bibliography, style).formatter.standalone([item, ...probes]);
      return references.get(probes[0].id) !== references.get(probes[1].id);
    };
    expect(shows('apa')).toBe(false);
    expect(shows('harvard')).toBe(true);
    expect(shows('vancouver')).toBe(true);
  });
});

describe('the build', () => {
  it('says once what a missing public address and feedback route cost readers', () => {
    expect(missingSettingNotes({ siteUrl: undefined, feedback: undefined })).toEqual([
      'siteUrl is not set (astro.config.mjs, or SITE_URL when building): "Cite this page" and its downloads give each page\'s path, not its full address, and pages have no canonical link, Open Graph tags or sitemap.',
      'feedback is not set (astro.config.mjs): each page\'s "Feedback on this page" link goes to the About page, which asks readers to contact the publisher.',
    ]);
    expect(missingSettingNotes({ siteUrl: 'https://kb.example.org', feedback: { email: 'guide@example.nhs.uk' } })).toEqual([]);
  });
});
