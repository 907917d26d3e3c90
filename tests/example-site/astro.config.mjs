// The example site's settings: a second, small site on another topic, built
// from this folder's content/ with the generator, to show that nothing in
// the generator belongs to the flagship. Test content only. Not type-checked
// here: tests/browser/example-site.ts builds it as a project of its own,
// with the generator's src/ beside it.
import evidenceSite from './src/integration.ts';

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
