/**
 * For tools run outside a build (`npm run check`, `npm run urls:update`):
 * the site's settings, from its astro.config.mjs, which calls evidenceSite()
 * and so sets them. The config loads the generator's integrations only when
 * Astro sets the site up (src/integration.ts), so this takes milliseconds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteConfig, type SiteConfig } from './site-config.ts';
import { setSiteRoot, siteRoot } from './site-paths.ts';

export async function loadSiteConfig(root = siteRoot()): Promise<SiteConfig> {
  setSiteRoot(root);
  const file = join(root, 'astro.config.mjs');
  if (!existsSync(file)) throw new Error(`There is no astro.config.mjs in ${root}: run this from the site's folder, the one that holds content/.`);
  await import(pathToFileURL(file).href);
  return siteConfig();
}
