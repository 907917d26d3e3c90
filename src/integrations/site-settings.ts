/**
 * Says once, when the build starts, which optional settings a deployment has
 * left out and what readers then miss, so it is a decision, not an accident.
 */
import type { AstroIntegration } from 'astro';
import { siteConfig, type SiteConfig } from '../config/site-config.ts';

/** One line for each setting left out, saying what it costs. */
export function missingSettingNotes(config: Pick<SiteConfig, 'siteUrl' | 'feedback'>): string[] {
  return [
    ...(config.siteUrl
      ? []
      : ['siteUrl is not set (astro.config.mjs, or SITE_URL when building): "Cite this page" and its downloads give each page\'s path, not its full address, and pages have no canonical link, Open Graph tags or sitemap.']),
    ...(config.feedback ? [] : ['feedback is not set (astro.config.mjs): each page\'s "Feedback on this page" link goes to the About page, which asks readers to contact the publisher.']),
  ];
}

export default function siteSettings(): AstroIntegration {
  return {
    name: 'evidence-site:site-settings',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        for (const note of missingSettingNotes(siteConfig())) logger.warn(note);
      },
    },
  };
}
