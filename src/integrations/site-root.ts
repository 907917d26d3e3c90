/**
 * Tells the generator where the site is (src/config/site-paths.ts) before any
 * other integration reads content: a build run from another folder
 * (`astro build --root site/`) reads that site's content/, not the working
 * directory's.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setSiteRoot } from '../config/site-paths.ts';

export default function siteRoot(): AstroIntegration {
  return {
    name: 'evidence-site:site-root',
    hooks: {
      'astro:config:setup': ({ config }) => setSiteRoot(fileURLToPath(config.root)),
    },
  };
}
