/** The CSL styles a site can choose, mapped to citation-js's built-in templates. */
import type { citationStyles } from '../site.config.ts';

export type CitationStyle = (typeof citationStyles)[number];

export const cslTemplates: Record<CitationStyle, { template: string; numeric: boolean }> = {
  apa: { template: 'apa', numeric: false },
  harvard: { template: 'harvard1', numeric: false },
  vancouver: { template: 'vancouver', numeric: true },
};

/** citation-js bundles only en-US among English locales; its terms ("et al.", "p.") suit en-GB readers too. */
export const cslLocale = 'en-US';
