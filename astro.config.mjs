// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteMarkdown } from './src/markdown/site-pipeline.ts';
import contentGate from './src/integrations/content-gate.ts';
import linkCheck from './src/integrations/link-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteIntegrity from './src/integrations/site-integrity.ts';
import siteRoot from './src/integrations/site-root.ts';
import siteSettings from './src/integrations/site-settings.ts';
import { sitemapFilter } from './src/build-checks/sitemap.ts';
import { readRedirects } from './src/redirects/read-redirects.ts';
import { siteConfig } from './src/site.config.ts';

// Problems with redirects are the content check's to report (src/integrations/content-gate.ts).
const { redirects } = readRedirects(new URL('./content/', import.meta.url).pathname);

export default defineConfig({
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  base: siteConfig.basePath,
  // Directory URLs with a trailing slash are what every static host and
  // intranet web server serves without rewrites.
  trailingSlash: 'always',
  // Astro leaves the base path off redirect destinations; without it a moved
  // page in a /kb/ site would send readers outside the site.
  redirects: Object.fromEntries(
    Object.entries(redirects).map(([from, to]) => [from, siteConfig.basePath.replace(/\/$/, '') + to]),
  ),
  // concurrency: a page's few milliseconds of rendering are mostly spent
  // waiting for its file to be written, and a site writes several files per
  // page (HTML, "Cite this page" and reading-list downloads). Writing 16 at a
  // time cut rendering 1,000 synthetic pages from 14-17 s to 11 s here; the
  // pages share no state that is not ready before rendering starts.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // Shared with the renderer that builds most pages from source (src/markdown/render-source.ts).
  markdown: siteMarkdown,
  // A sitemap needs the site's public URL, so only a site that has one gets
  // it. site-integrity runs last: it checks what Pagefind and the sitemap wrote.
  integrations: [
    // First: every other integration reads content from the site's root.
    siteRoot(),
    contentGate(),
    siteSettings(),
    // For MDX pages that use components (the others render from source, see
    // src/markdown/source-loader.ts). optimize: their static parts compile to
    // HTML strings instead of a JSX call per element, which made bundling and
    // rendering 1,000 synthetic pages about a quarter faster. The citations
    // plugin relies on it: it writes each citation as HTML, which MDX can only
    // hold inside such a string.
    mdx({ optimize: true }),
    linkCheck(),
    pagefind(),
    ...(siteConfig.siteUrl ? [sitemap({ filter: sitemapFilter(siteConfig.basePath, Object.keys(redirects)) })] : []),
    siteIntegrity(),
  ],
  // Scripts stay external files so a strict Content-Security-Policy
  // (script-src 'self') needs no hashes.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject"
        // directive, and Rolldown warns about each one: a warning per page
        // that would bury real ones. Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (src/build/page-cache-key.ts)
  // are copied from the previous build when neither their key nor their
  // route's code changed, so a pull-request preview re-renders only the
  // pages its change reaches.
  experimental: { incrementalBuild: true },
  // Astro's log, with the lines of pages rendered together kept apart.
  logger: { entrypoint: new URL('./src/integrations/build-log.mjs', import.meta.url) },
});
