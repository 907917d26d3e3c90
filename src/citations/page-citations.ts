/**
 * "Cite this page": each content page as a citable web page, with the site's
 * organisation as author and publisher and its last-reviewed date, formatted
 * by the bibliography's formatter as works that stand alone (format.ts,
 * standalone): pages that share an author and a year are not "2026a" and "2026b".
 */
import { siteConfig } from '../site.config.ts';
import type { CslItem } from './citation-js.ts';

export interface CitablePage {
  /** Citation key, e.g. "kb-guidance-power". */
  key: string;
  title: string;
  /** Path on the site, with the base path. */
  path: string;
  lastReviewed: Date;
}

export function pageItem(page: CitablePage): CslItem {
  const reviewed = page.lastReviewed;
  return {
    id: page.key,
    // BibTeX keys cannot hold hyphens; without a safe key citation-js invents one.
    'citation-key': page.key.replace(/-/g, '_'),
    type: 'webpage',
    title: page.title,
    author: [{ literal: siteConfig.organisation }],
    // The site is the publisher, as for any web page cited in APA or Harvard.
    publisher: siteConfig.title,
    issued: { 'date-parts': [[reviewed.getUTCFullYear(), reviewed.getUTCMonth() + 1, reviewed.getUTCDate()]] },
    // Without a public origin in site config there is no full URL to cite.
    ...(siteConfig.siteUrl ? { URL: new URL(page.path, siteConfig.siteUrl).href } : {}),
  };
}
