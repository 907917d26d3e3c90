/**
 * The Markdown and MDX pipeline every content page goes through, for the
 * site (src/integration.ts hands it to Astro's Sätteri processor) and for the
 * tests that render fixtures through the same plugins in the same order.
 *
 * Sätteri parses and compiles in Rust and runs these plugins in JavaScript;
 * at 1,000 MDX pages its compile step took 3.7 s against 21 s for the
 * unified (remark/rehype) pipeline this replaced.
 */
import type { Features, HastPluginList, MdastPluginList } from 'satteri';
import { citationsPlugin, type CitationsPluginOptions } from '../citations/citations-plugin.ts';
import { glossaryLinksPlugin, type GlossaryLinksOptions } from '../glossary/glossary-links-plugin.ts';
import { baseLinks } from './base-links.ts';
import { contentFeatures } from './features.ts';
import { headingAnchors } from './heading-anchors.ts';
import { scrollableTables } from './scrollable-tables.ts';

export interface PipelineOptions {
  citations: CitationsPluginOptions;
  glossary: GlossaryLinksOptions;
  /** The site's base path ("/" or "/kb/"). */
  base: string;
}

export interface Pipeline {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: Features;
}

export function contentPipeline({ citations, glossary, base }: PipelineOptions): Pipeline {
  return {
    // Citations first: the glossary must not link words inside a citation.
    mdastPlugins: [citationsPlugin(citations), glossaryLinksPlugin(glossary)],
    hastPlugins: [headingAnchors, scrollableTables, ...baseLinks(base)],
    features: contentFeatures,
  };
}
