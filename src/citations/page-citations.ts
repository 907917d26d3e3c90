/**
 * "Cite this page": each content page as a citable web page, with the site's
 * organisation as author and publisher and its last-reviewed date, formatted
 * by the bibliography's formatter as works that stand alone (format.ts,
 * standalone): pages that share an author and a year are not "2026a" and "2026b".
 * Every style and download gets the page's address and an access date: the
 * day the site was built, the latest day the build can vouch for the page's
 * text (a reader who cites it later changes it to the day they read it).
 */
import { buildDay } from '../lib/dates.ts';
import { publicAddress } from '../lib/public-address.ts';
import { siteConfig } from '../config/site-config.ts';
import type { CslItem } from './citation-js.ts';

export interface CitablePage {
  /** Citation key, e.g. "kb-guidance-power". */
  key: string;
  title: string;
  /** Path on the site, with the base path. */
  path: string;
  lastReviewed: Date;
}

const dateParts = (date: Date) => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] as [[number, number, number]] });

export function pageItem(page: CitablePage): CslItem {
  const reviewed = page.lastReviewed;
  return {
    id: page.key,
    // BibTeX keys cannot hold hyphens; without a safe key citation-js invents one.
    'citation-key': page.key.replace(/-/g, '_'),
    type: 'webpage',
    title: page.title,
    author: [{ literal: siteConfig().organisation }],
    // The site is the publisher, as for any web page cited in APA or Harvard.
    publisher: siteConfig().title,
    issued: dateParts(reviewed),
    // The full address with a public origin in site config; without one, the
    // path is all the build knows (and it says so once, src/integrations/site-settings.ts).
    URL: publicAddress(page.path),
    accessed: dateParts(buildDay()),
  };
}

/**
 * A page's item twice, with and without its access date, under ids no page
 * has. Formatted with the pages, they show whether the style writes the
 * access date: the APA style writes it only for undated pages (APA 7 asks
 * for it on pages that change, as these do), so "Cite this page" then adds it.
 */
export function accessDateProbes(item: CslItem): [withDate: CslItem, withoutDate: CslItem] {
  const { accessed: _, ...withoutDate } = item;
  return [
    { ...item, id: `${item.id}--accessed`, 'citation-key': `${item['citation-key']}_accessed` },
    { ...withoutDate, id: `${item.id}--not-accessed`, 'citation-key': `${item['citation-key']}_not_accessed` },
  ];
}
