// @ts-check
// The flagship site's settings. Everything else (Astro's settings, the
// Markdown pipeline, the checks) comes from the generator (src/integration.ts).
// Plain object, not defineConfig(): `npm run check` imports this file for the
// settings, and astro/config alone takes a second or two to load.
import evidenceSite from './src/integration.ts';

/** @type {import('astro').AstroUserConfig} */
export default {
  integrations: [
    evidenceSite({
      title: 'Co-production in health and social care',
      description:
        'Plain-English, evidence-based guidance on co-production: staff, patients, carers and communities designing and improving services as equal partners.',
      organisation: 'Co-production Knowledge Base contributors',
      citationStyle: 'apa',
      locale: 'en-GB',
      // No feedback address or text licence has been chosen for this guide yet:
      // the footer's Feedback link and the About page say how to reach the
      // editors instead, and that no licence is set. See README ("Configuration").
      overdueReviews: 'error',
    }),
  ],
};
