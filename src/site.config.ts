/**
 * Site settings: the one file a deployment edits. Everything here is
 * validated when the build starts, so a typo stops the build with a hint
 * instead of shipping a half-configured site.
 */
import { z } from 'astro/zod';

import type { CitationStyle } from './citations/styles.ts';

const siteConfigSchema = z.strictObject({
  title: z.string().min(1).describe('Site name, shown in the header and in every page title ("Page - Site").'),
  description: z.string().min(1).describe('One sentence describing the site, used in meta descriptions.'),
  organisation: z
    .string()
    .min(1)
    .describe('Who publishes the site; shown in the footer and used as publisher in "Cite this page".'),
  basePath: z
    .string()
    .regex(/^\/(?:[\w.-]+\/)*$/, 'Write the base path with a slash at both ends, e.g. "/" or "/kb/".')
    .describe('Folder the site is served from. Set BASE_PATH=/kb/ when building to override.'),
  siteUrl: z
    .url()
    .optional()
    .describe('Public origin of the site (e.g. "https://intranet.example.nhs.uk"); used for canonical URLs, citations and the sitemap. Set SITE_URL when building to override.'),
  repositoryUrl: z
    .url()
    .optional()
    .describe('Repository that holds content/, for "Edit this page" links (e.g. "https://github.com/org/repo").'),
  repositoryBranch: z.string().min(1).describe('Branch that edit links point at.'),
  citationStyle: z
    .custom<CitationStyle>((value) => typeof value === 'string' && /^(?:apa|harvard|vancouver|[\w.-]+\.csl)$/.test(value), 'Write "apa", "harvard", "vancouver", or the name of a .csl file in content/styles/ (e.g. "nature.csl").')
    .describe('CSL style for citations and reference lists: "apa" (APA 7th), "harvard", "vancouver", or a .csl file you put in content/styles/. Set CITATION_STYLE when building to override.'),
  locale: z.string().min(2).describe('BCP 47 language tag of the content, e.g. "en-GB".'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export function defineSiteConfig(input: z.input<typeof siteConfigSchema>): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`src/site.config.ts has invalid settings:\n${problems.join('\n')}\nFix the values above; README.md ("Configuration") explains each one.`);
  }
  return result.data;
}

export const siteConfig = defineSiteConfig({
  title: 'Co-production in health and social care',
  description:
    'Plain-English, evidence-based guidance on co-production: staff, patients, carers and communities designing and improving services as equal partners.',
  organisation: 'Co-production Knowledge Base contributors',
  basePath: process.env.BASE_PATH ?? '/',
  siteUrl: process.env.SITE_URL || undefined,
  repositoryBranch: 'main',
  citationStyle: (process.env.CITATION_STYLE || 'apa') as CitationStyle,
  locale: 'en-GB',
});
