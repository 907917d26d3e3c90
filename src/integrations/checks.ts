/** The integrations evidenceSite() adds after itself (src/integration.ts), loaded together when Astro sets the site up. */
export { default as contentGate } from './content-gate.ts';
export { default as downloadFiles } from './download-files.ts';
export { default as linkCheck } from './link-check.ts';
export { default as pagefind } from './pagefind.ts';
export { default as siteIntegrity } from './site-integrity.ts';
export { default as siteSettings } from './site-settings.ts';
