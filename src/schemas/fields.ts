/**
 * Field schemas shared by every content collection. They live apart from
 * src/collections.ts so unit tests can exercise them without Astro.
 * Every message tells the author what to write instead.
 */
import { z } from 'astro/zod';

import type { Vocabularies, Vocabulary } from './vocabularies.ts';
import { idsOf, vocabulariesFile } from '../lib/vocabulary-values.ts';

/** What a page's frontmatter is checked against besides its own fields: the site's topics and vocabularies. */
export interface SiteLists {
  topicIds: readonly [string, ...string[]];
  vocabularies: Vocabularies;
}

/** A value from one of the site's vocabularies (content/vocabularies.yaml); `field` names it in messages. */
export function vocabularyValue(vocabulary: Vocabulary, field: string) {
  const ids = idsOf(vocabulary);
  return z.enum(ids, { error: `Use one of the ${field} values in content/${vocabulariesFile}: ${ids.join(', ')}.` });
}

/** A list of values from a vocabulary, at least one. */
export function vocabularyList(vocabulary: Vocabulary, field: string) {
  return z.array(vocabularyValue(vocabulary, field)).min(1, `Name at least one ${field}.`).describe(`${vocabulary.name}: any of ${idsOf(vocabulary).join(', ')}.`);
}

const isoDate = (what: string) =>
  z
    .date({ error: `${what} must be a date written as YYYY-MM-DD (for example 2026-11-23), without quotes.` })
    .describe(`${what}, written as YYYY-MM-DD.`);

/** A citation key as written after `@` in pandoc citations (matched against content/bibliography/). */
export const citationKey = z
  .string()
  .regex(/^[a-z0-9][\w:.-]*$/i, 'A citation key is letters, digits and : . - _ only, e.g. makey2022.')
  .describe('Citation key of a work in content/bibliography/, e.g. makey2022.');

export function topicField(topicIds: readonly [string, ...string[]]) {
  return z
    .enum(topicIds, { error: `Use one of the topic ids in content/topics.yaml: ${topicIds.join(', ')}.` })
    .describe('Topic id from content/topics.yaml.');
}

/** Who keeps a page or a glossary term current, and when it was last checked. */
export const reviewFields = {
  lastReviewed: isoDate('lastReviewed'),
  nextReviewDue: isoDate('nextReviewDue'),
  owner: z.string().min(2).describe('Team or role responsible for keeping the page accurate.'),
};

/** Fields every page carries: what it is, who it is for, and who keeps it current. */
export const pageFields = ({ vocabularies }: SiteLists) => ({
  title: z.string().min(3).max(120).describe('Page title, in sentence case. Shown as the H1 and in the browser tab.'),
  summary: z
    .string()
    .min(40, 'The summary is the answer-first "at a glance" text: write at least one full sentence (40+ characters).')
    .max(600, 'Keep the summary under 600 characters: a busy reader should take it in at a glance.')
    .describe('Answer-first "at a glance" text a busy reader can act on: one to three plain sentences.'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug is lowercase words joined by hyphens, e.g. "what-to-do-after-a-fall".')
    .optional()
    .describe('URL segment for the page. Defaults to the file name; once published, never change it.'),
  redirectFrom: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write each old address as its slug, e.g. "old-page-name".'))
    .default([])
    .describe('Slugs this page was published under before; their addresses redirect here so old links keep working.'),
  audience: vocabularyList(vocabularies.audience, 'audience').describe(`Who the page is for: any of ${idsOf(vocabularies.audience).join(', ')}.`),
  ...reviewFields,
  changes: z
    .array(
      z.strictObject({
        date: isoDate('A change date'),
        summary: z.string().min(5).describe('What changed, in a few words.'),
      }),
    )
    .default([])
    .describe('Dated list of changes readers should know about, newest first, shown on the page.'),
});

/** Review dates must move forward: a page due for review before it was last reviewed is a typo. */
export function reviewDatesInOrder(data: { lastReviewed: Date; nextReviewDue: Date }, ctx: z.RefinementCtx) {
  if (data.nextReviewDue <= data.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: 'nextReviewDue must be after lastReviewed. Usually it is one year later.',
    });
  }
}
