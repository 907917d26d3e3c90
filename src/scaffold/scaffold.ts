/**
 * Writes the text of a new content page: every frontmatter field in schema
 * order, each with the schema's own description as a comment (so the help
 * never drifts from the rules), values that pass the schema, and review
 * dates filled in. Placeholders start with "TODO" so they are easy to find.
 */
import GithubSlugger from 'github-slugger';
import { dump } from 'js-yaml';
import type { z } from 'astro/zod';
import { caseStudySchema, evidenceSchema, glossarySchema, guidanceSchema } from '../schemas/collections.ts';
import type { SiteLists } from '../schemas/fields.ts';
import { idsOf } from '../lib/vocabulary-values.ts';

export const pageTypes = {
  guidance: { folder: 'guidance', extension: 'mdx', schema: guidanceSchema },
  'case-study': { folder: 'case-studies', extension: 'mdx', schema: caseStudySchema },
  evidence: { folder: 'evidence', extension: 'mdx', schema: evidenceSchema },
  term: { folder: 'glossary', extension: 'md', schema: glossarySchema },
} as const;

export type PageType = keyof typeof pageTypes;

export interface ScaffoldInput {
  type: PageType;
  title: string;
  today: Date;
  /** The site's topics and vocabularies: the new page takes the first of each. */
  lists: SiteLists;
  /** A citation key that exists, so the new page builds before its real source is filled in. */
  exampleKey: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const todo = (what: string) => `TODO: ${what}`;

function values(input: ScaffoldInput): Record<string, unknown> {
  const { vocabularies } = input.lists;
  // "Not stated" is the honest default where the site has it.
  const sectorIds = idsOf(vocabularies.sector);
  const sector = [sectorIds.includes('not-stated') ? 'not-stated' : sectorIds[0]];
  const nextYear = new Date(input.today);
  nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
  const review = { lastReviewed: input.today, nextReviewDue: nextYear, owner: todo('the team or role that keeps this page accurate') };
  const page = {
    title: input.title,
    summary: todo('one to three plain sentences a busy reader can act on, answer first.'),
    audience: [idsOf(vocabularies.audience)[0]],
    ...review,
  };
  const topic = input.lists.topicIds[0];
  switch (input.type) {
    case 'guidance':
      return {
        ...page,
        topic,
        order: 100,
        keyPoints: [todo('one key point, one sentence.')],
        learningOutcomes: [todo('start with a verb: Explain, Compare, Apply...')],
        discussionQuestions: [todo('an open question for a seminar or team meeting?')],
      };
    case 'case-study':
      return {
        ...page,
        topics: [topic],
        setting: todo('where it happened'),
        sector,
        ...(vocabularies.form ? { form: [idsOf(vocabularies.form)[0]] } : {}),
        approach: todo('what was done, in a few words'),
        location: 'Not stated',
        year: 'not stated',
        sources: [input.exampleKey],
        outcomes: [todo('what the source reports happened')],
      };
    case 'evidence':
      return {
        ...page,
        topics: [topic],
        citationKey: input.exampleKey,
        citesWorks: [],
        evidenceKind: idsOf(vocabularies.evidenceKind)[0],
        setting: todo('where the study took place'),
        sector,
        country: todo('country'),
        sample: { who: todo('who took part') },
        methods: todo('how data were collected and analysed'),
        year: 'not stated',
      };
    case 'term':
      return { term: input.title, definition: todo('a plain definition in one or two sentences.'), aliases: [], autoLink: true, topics: [], sources: [], ...review };
  }
}

const bodies: Record<PageType, string> = {
  guidance: `## TODO: first section

Write the guidance here, in plain English. Cite every claim in the sentence it supports, for
example \`[@makey2022, p. 3]\`; the evidence-site README ("Citing sources") shows every form.

## In practice

- TODO: an action a team could take next week, with its citation.

## Common pitfalls

- TODO: a pitfall the sources describe, with its citation.

## Related pages

- [All guidance](/guidance/): TODO: link the pages and case studies this one relates to.
`,
  'case-study': `## Setting and who was involved

TODO: cite the source for every sentence.

## What they did

## What happened

## What others can learn

## How much the source tells us

TODO: say plainly what the source does and does not tell us.
`,
  evidence: `## What it asked

## How it was done

## Who took part

## What it found

## Limitations

TODO: those the source states, and those that follow from its design; say which is which.

## How to use this evidence
`,
  term: `TODO (optional): one or two sentences on how the sources use the term, each cited.
`,
};

/** The schema's own description of each field, in schema order. */
function descriptions(type: PageType, lists: SiteLists): Map<string, string> {
  const schema = pageTypes[type].schema(lists) as unknown as { shape: Record<string, z.ZodType> };
  return new Map(Object.entries(schema.shape).map(([field, fieldSchema]) => [field, fieldSchema.description ?? '']));
}

export function slugFor(title: string): string {
  return new GithubSlugger().slug(title).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

export function scaffold(input: ScaffoldInput): { path: string; text: string } {
  const data = values(input);
  const lines = ['---'];
  for (const [field, description] of descriptions(input.type, input.lists)) {
    // A field the site does not use (no forms in its vocabularies) is left out.
    if (!description && !(field in data)) continue;
    if (description) lines.push(`# ${description}`);
    const value = data[field];
    // Dates unquoted, so YAML reads them as dates, as the schema requires.
    if (value instanceof Date) lines.push(`${field}: ${isoDay(value)}`);
    else if (field in data) lines.push(dump({ [field]: value }, { lineWidth: -1, flowLevel: 1 }).trimEnd());
    else lines.push(`# ${field}:`);
  }
  lines.push('---', '');
  const { folder, extension } = pageTypes[input.type];
  return { path: `content/${folder}/${slugFor(input.title)}.${extension}`, text: `${lines.join('\n')}\n${bodies[input.type]}` };
}
