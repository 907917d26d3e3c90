/**
 * Unit tests test the generator with a fixture site's settings, as a build
 * would have set them from its astro.config.mjs, and with fixture content
 * (their own small fixtures, the gatekeeper's base content, or the starter
 * site's), not the knowledge base's pages. (The downloads' round-trip test
 * also takes its bibliography, as one real-world input among others.)
 */
import { parseSiteConfig, setSiteConfig } from '../src/config/site-config.ts';

setSiteConfig(parseSiteConfig({ title: 'A fixture guide', description: 'A small guide that tests the generator.', organisation: 'Fixture publisher' }, {}));
