/**
 * Site settings: the one file a deployment edits. Everything here is
 * validated when the build starts, so a typo stops the build with a hint
 * instead of shipping a half-configured site.
 */
import { z } from 'astro/zod';

import type { CitationStyle } from './citations/styles.ts';

const feedbackSchema = z.union(
  [
    z.strictObject({ email: z.email('Write an e-mail address, e.g. "guide@example.nhs.uk".').describe('Address readers write to; the link opens their own e-mail program with the page\'s address filled in.') }),
    z.strictObject({
      issueUrl: z
        .url()
        .refine((url) => /^https?:/.test(url), 'The issue tracker\'s address must start https:// (or http://).')
        .refine((url) => url.includes('{url}'), 'Put {url} where the page\'s address goes, e.g. "https://github.com/org/repo/issues/new?body={url}".')
        .describe('A new-issue address with {url} (and optionally {title}) where the page\'s address and title go.'),
    }),
  ],
  { error: 'Write feedback as { email: "..." } or { issueUrl: "https://...{url}" }.' },
);

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
  feedback: feedbackSchema
    .optional()
    .describe('Where the "Feedback" link on every page goes: { email: "..." } or { issueUrl: "https://.../issues/new?body={url}" }. Nothing is sent by the site itself.'),
  contentLicence: z
    .strictObject({
      name: z.string().min(2).describe('The licence\'s name, e.g. "Open Government Licence v3.0".'),
      url: z.url().optional().describe('Where the licence text is published.'),
    })
    .optional()
    .describe('Licence of the guide\'s text, shown on the About page. Leave it out while none is chosen: the page then says so.'),
  overdueReviews: z
    .enum(['error', 'warning'])
    .describe('What `npm run check` does with a page past its nextReviewDue: "error" fails it (and CI), "warning" lists it. The build always builds the page, which then says it is due for review.'),
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
  // No feedback address or text licence has been chosen for this guide yet:
  // the footer's Feedback link and the About page say how to reach the
  // editors instead, and that no licence is set. See README ("Configuration").
  overdueReviews: 'error',
});
