/**
 * Unit tests test the generator, not the flagship site: they run with a
 * fixture site's settings, as a build would have set them from its
 * astro.config.mjs.
 */
import { parseSiteConfig, setSiteConfig } from '../src/config/site-config.ts';

setSiteConfig(parseSiteConfig({ title: 'A fixture guide', description: 'A small guide that tests the generator.', organisation: 'Fixture publisher' }, {}));
