/** The browser tests check the built flagship site, so they read its settings from its astro.config.mjs, as the build did. */
import { loadSiteConfig } from '../../src/config/load-site-config.ts';
import { projectRoot } from './built-site.ts';

await loadSiteConfig(projectRoot);
