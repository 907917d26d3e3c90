/**
 * The site's settings: what a site passes to evidenceSite() in its
 * astro.config.mjs. Checked when the build (or `npm run check`) starts, so a
 * typo stops it with a hint instead of shipping a half-configured site. Only
 * title, description and organisation must be given.
 *
 * The settings are kept on globalThis: Astro evaluates the modules that read
 * them once for the config and again bundled into the pages.
 */
import { z } from 'astro/zod';

import type { CitationStyle } from '../citations/styles.ts';

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
    .default('/')
    .describe('Folder the site is served from ("/" when left out). Set BASE_PATH=/kb/ when building to override.'),
  siteUrl: z
    .url()
    .optional()
    .describe('Public origin of the site (e.g. "https://intranet.example.nhs.uk"); used for canonical URLs, citations and the sitemap. Set SITE_URL when building to override.'),
  repositoryUrl: z
    .url()
    .optional()
    .describe('Repository that holds content/, for "Edit this page" links (e.g. "https://github.com/org/repo").'),
  repositoryBranch: z.string().min(1).default('main').describe('Branch that edit links point at ("main" when left out).'),
  citationStyle: z
    .custom<CitationStyle>((value) => typeof value === 'string' && /^(?:apa|harvard|vancouver|[\w.-]+\.csl)$/.test(value), 'Write "apa", "harvard", "vancouver", or the name of a .csl file in content/styles/ (e.g. "nature.csl").')
    .default('apa')
    .describe('CSL style for citations and reference lists: "apa" (APA 7th, when left out), "harvard", "vancouver", or a .csl file you put in content/styles/. Set CITATION_STYLE when building to override.'),
  locale: z.string().min(2).default('en-GB').describe('BCP 47 language tag of the content ("en-GB" when left out).'),
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
  printedPartPages: z
    .number()
    .int()
    .min(1)
    .default(100)
    .describe('Guidance pages in one part of the printed guide (/print/): a guide with more is printed in parts of this many pages, which /print/ lists (100 when left out).'),
  overdueReviews: z
    .enum(['error', 'warning'])
    .default('error')
    .describe('What `npm run check` does with a page past its nextReviewDue: "error" (when left out) fails it (and CI), "warning" lists it. The build always builds the page, which then says it is due for review.'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Settings a site gave that cannot be used: the site's to fix, not a fault in the generator. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

const environmentOverrides: Record<string, string> = { basePath: 'BASE_PATH', siteUrl: 'SITE_URL', citationStyle: 'CITATION_STYLE' };
/** Where a value came from when the environment, not astro.config.mjs, gave it. */
const fromEnvironment = (setting: PropertyKey | undefined, env: Record<string, string | undefined>) => {
  const variable = typeof setting === 'string' ? environmentOverrides[setting] : undefined;
  return variable && env[variable] ? ` (from ${variable})` : '';
};

/**
 * The settings as given, checked, with what the build's environment
 * overrides: BASE_PATH, SITE_URL and CITATION_STYLE, so one site can be built
 * for several places and styles without editing its config.
 */
export function parseSiteConfig(input: SiteConfigInput, env: Record<string, string | undefined> = process.env): SiteConfig {
  const result = siteConfigSchema.safeParse({
    ...input,
    ...Object.fromEntries(Object.entries(environmentOverrides).flatMap(([setting, variable]) => (env[variable] ? [[setting, env[variable]]] : []))),
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}${fromEnvironment(issue.path[0], env)}: ${issue.message}`);
    throw new SiteConfigError(`The settings given to evidenceSite() in astro.config.mjs are not valid:\n${problems.join('\n')}\nFix the values above; the evidence-site package's README.md ("Configuration") explains each one.`);
  }
  return result.data;
}

const key = Symbol.for('evidence-site.config');
type Store = typeof globalThis & { [key]?: SiteConfig };

/** Called by evidenceSite() with the checked settings. */
export function setSiteConfig(config: SiteConfig): void {
  (globalThis as Store)[key] = config;
}

/** The site's settings; astro.config.mjs has set them by the time anything asks (src/config/load-site-config.ts for tools). */
export function siteConfig(): SiteConfig {
  const config = (globalThis as Store)[key];
  if (!config) throw new Error("The site's settings are not set: astro.config.mjs must call evidenceSite({ ... }) (README.md, \"Configuration\").");
  return config;
}
