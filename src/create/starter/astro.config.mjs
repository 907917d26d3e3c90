// @ts-check
// Your site's settings. evidenceSite() brings the pages, the Markdown and
// citation pipeline, search and the checks; see the generator's README,
// "Configuration", for every setting.
import evidenceSite from 'evidence-site';

/** @type {import('astro').AstroUserConfig} */
export default {
  integrations: [
    evidenceSite({
      title: 'Falls prevention in care homes (example site)',
      description: 'An example evidence site, made of test content, that shows the generator on a topic of its own.',
      organisation: 'Example publisher',
    }),
  ],
};
