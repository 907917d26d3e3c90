/**
 * What the site's own pages say about its subject: the home page's
 * introduction, and each index page's description (for search engines and
 * link previews) and introduction, from content/page-text.yaml. Plain text.
 * Only the home page's introduction must be written: the other pages have
 * words that suit any site, which a site may replace.
 */
import { z } from 'astro/zod';

const text = (what: string) => z.string().min(10, 'Write at least one short sentence.').describe(what);
const description = text('One sentence for search engines and link previews.');
const introduction = text('What the page opens with, under its title: one to three plain sentences.');

function indexPage(defaults: { description: string; introduction: string }) {
  return z
    .strictObject({ description: description.default(defaults.description), introduction: introduction.default(defaults.introduction) })
    .default(defaults);
}

export const pageTextSchema = z.strictObject({
  home: z.strictObject({ introduction: text('What the home page opens with, under the site\'s title: what the subject is and what the site offers.') }),
  guidance: indexPage({
    description: 'Every guidance topic, grouped by area.',
    introduction: 'Practical guidance, grouped by topic. Each page starts with a summary and cites its evidence.',
  }),
  'case-studies': indexPage({
    description: 'Real examples, each traced to its source.',
    introduction: 'Real examples from the evidence, with what happened and what others can learn. Each says how much its source tells us.',
  }),
  evidence: indexPage({
    description: 'One summary per source study: what it asked, who took part, what it found and its limits.',
    introduction: 'One summary per source study, so you can judge what each finding rests on: what kind of study it is, who took part and what its limits are.',
  }),
  glossary: indexPage({
    description: 'Plain-English definitions of the terms and acronyms used in this guide.',
    introduction: 'Plain-English definitions of the terms and acronyms used in this guide. Each term has its own page you can link to.',
  }),
  about: z
    .strictObject({
      method: text('How the site was made, for the About page: where its evidence comes from and what that leaves out.').optional(),
      limits: z
        .array(text('One thing the site does not do, in a sentence or two.'))
        .default([])
        .describe('What the site does not do (grade evidence, replace policy...), listed on the About page before what it never does: follow its readers.'),
    })
    .default({ limits: [] }),
  accessibility: z
    .strictObject({
      compliance: text('How far the site meets WCAG 2.2 AA, as its publisher can say from its testing: the accessibility statement\'s "Compliance status".').optional(),
      testing: z
        .array(text('One way the site is tested for accessibility before it is published, in a sentence.'))
        .optional()
        .describe('How the site is tested for accessibility, listed in the accessibility statement. Without it, the statement gives only the checks every build makes.'),
      reviewed: z.iso
        .date({ error: 'Write the date as YYYY-MM-DD, for example 2026-12-03.' })
        .optional()
        .describe('When the accessibility statement was last checked against the site, as YYYY-MM-DD.'),
    })
    .default({})
    .describe('What only the publisher can say in the accessibility statement: how far the site complies, how it is tested, and when the statement was reviewed. Each has a default that claims nothing.'),
  search: z.strictObject({ description: description.default('Search the guide.') }).default({ description: 'Search the guide.' }),
  'evidence-map': z
    .strictObject({
      settingExamples: z
        .string()
        .min(3)
        .optional()
        .describe('A few words a reader might type to filter the evidence map by setting, e.g. "hospital, mental health, integrated care".'),
    })
    .default({}),
});

export type PageText = z.infer<typeof pageTextSchema>;

/** The file, relative to content/. */
export const pageTextFile = 'page-text.yaml';
