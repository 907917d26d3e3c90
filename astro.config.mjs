// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { citationContext } from './src/citations/context.ts';
import { remarkCitations } from './src/citations/remark-citations.ts';
import { glossaryEntryOf, glossaryHref, glossaryMatcher } from './src/glossary/context.ts';
import { remarkGlossaryLinks } from './src/glossary/remark-glossary-links.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import contentGate from './src/integrations/content-gate.ts';
import linkCheck from './src/integrations/link-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteIntegrity from './src/integrations/site-integrity.ts';
import { sitemapFilter } from './src/build-checks/sitemap.ts';
import { readRedirects } from './src/redirects/read-redirects.ts';
import { siteConfig } from './src/site.config.ts';

const redirects = readRedirects(new URL('./content/', import.meta.url).pathname);

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
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No code blocks to colour in this content; Shiki's highlighter also
    // writes inline styles, which the site's Content-Security-Policy forbids.
    syntaxHighlight: false,
    // Astro 7 defaults to Sätteri, which skips remark plugins; our citation
    // pipeline and GFM tables need the unified processor. GFM is added
    // explicitly so plugin order is visible here.
    processor: unified({
      gfm: false,
      // SmartyPants (curly quotes and dashes) ran retext's Latin parser over
      // every text node: about a tenth of build CPU in the profile at 1,000
      // pages. Content is written with the punctuation it means.
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [remarkCitations, { context: citationContext }],
        [remarkGlossaryLinks, { matcher: glossaryMatcher, href: glossaryHref, entryOf: glossaryEntryOf }],
      ],
      rehypePlugins: [rehypeHeadingAnchors, rehypeScrollableTables, [rehypeBaseLinks, { base: siteConfig.basePath }]],
    }),
  },
  // A sitemap needs the site's public URL, so only a site that has one gets
  // it. site-integrity runs last: it checks what Pagefind and the sitemap wrote.
  integrations: [
    contentGate(),
    mdx(),
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
});
