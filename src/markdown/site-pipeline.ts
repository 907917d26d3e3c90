/**
 * The site's Markdown settings, in one place for the two renderers that use
 * them: Astro's (set by src/integration.ts), for MDX pages with components, and the
 * one that renders every other page from its source (render-source.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { citationContext } from '../citations/context.ts';
import { glossaryEntryOf, glossaryHref, glossaryMatcher } from '../glossary/context.ts';
import { siteConfig } from '../config/site-config.ts';
import { contentPipeline } from './pipeline.ts';

/**
 * Made from the settings when asked for, not when this module loads: `astro
 * dev` sets the site up again, with the settings as they now are, when
 * astro.config.mjs changes, but keeps the modules it has loaded.
 */
export const siteMarkdown = () => ({
  // No code blocks to colour in this content; Shiki's highlighter also
  // writes inline styles, which the site's Content-Security-Policy forbids.
  syntaxHighlight: false as const,
  // Sätteri, Astro 7's default processor, parses and compiles in Rust and
  // runs our plugins (citations, glossary links, heading anchors, table
  // regions, base links) in JavaScript: src/markdown/pipeline.ts.
  processor: satteri(
    contentPipeline({
      citations: { context: citationContext },
      glossary: { matcher: glossaryMatcher, href: glossaryHref, entryOf: glossaryEntryOf },
      base: siteConfig().basePath,
    }),
  ),
});
