/**
 * Unit tests test the generator with a fixture site's settings, as a build
 * would have set them from its astro.config.mjs. (A few, such as the cache
 * key tests, still read content/ from the working folder, this repository's.)
 */
import { parseSiteConfig, setSiteConfig } from '../src/config/site-config.ts';

setSiteConfig(parseSiteConfig({ title: 'A fixture guide', description: 'A small guide that tests the generator.', organisation: 'Fixture publisher' }, {}));
