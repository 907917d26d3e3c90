/**
 * The lists that frontmatter fields take their values from (who a page is
 * for, sectors, forms, kinds of evidence) are the site's, not the generator's:
 * content/vocabularies.yaml names them, with the label pages and search
 * filters show for each value. This schema checks that file; the collection
 * schemas are then built from it, so a value the file does not list is an
 * error that names the values it does.
 */
import { z } from 'astro/zod';
import { siteMessages } from '../messages/languages.ts';

const valueId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'An id is lowercase words joined by hyphens, e.g. "care-home". Pages and search addresses use it, so keep it once published.')
  .describe('What frontmatter writes, e.g. "care-home".');

const value = z.strictObject({
  id: valueId,
  label: z.string().min(1).describe('What readers see, e.g. "Care home".'),
  description: z.string().min(1).optional().describe('One sentence on what the value means, for maintainers choosing one.'),
});

/** A kind of evidence also says how a reference's note names it and what its sample counts. */
const evidenceKindValue = value.extend({
  inNotes: z
    .string()
    .min(1)
    .optional()
    .describe('How the note under a reference names it ("Evidence: staff survey, 108 responses"); the label in lowercase when left out.'),
  counts: z
    .tuple([z.string().min(1), z.string().min(1)], { error: 'Write what a sample counts as [one, many], e.g. [interview, interviews].' })
    .optional()
    .describe('What a sample size counts, as [one, many]; [participant, participants] when left out.'),
});

/** Each id once; checked even when another value has a problem, so one run reports both. */
const uniqueIds = z.superRefine<unknown[]>(
  (values, ctx) => {
    const seen = new Set<string>();
    values.forEach((entry, index) => {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${id}" is listed twice. Give each value its own id.` });
      seen.add(id);
    });
  },
  { when: () => true },
);

/**
 * What the site's own pages call fields that are not lists: a list named the
 * same would stand beside one under the same heading (the example site's
 * sector list, named "Setting", gave the evidence map two Setting columns).
 */
const generatorNames = () => {
  const { caseStudy, evidenceMap, search } = siteMessages();
  return new Set([caseStudy.setting, evidenceMap.setting, evidenceMap.topic, search.filters.type, search.filters.topic].map((name) => name.toLowerCase()));
};

function vocabulary<Value extends z.ZodType<{ id: string; label: string }>>(values: Value, field: string) {
  return z.strictObject({
    name: z
      .string()
      .min(1)
      .refine((name) => !generatorNames().has(name.trim().toLowerCase()), { error: (issue) => `"${String(issue.input)}" is what the site's own pages call another field, so readers would see two "${String(issue.input)}" headings side by side. Name this list something else.` })
      .describe(`What pages and search filters call the ${field} field, e.g. "Sector".`),
    values: z.array(values).min(1, 'List at least one value.').check(uniqueIds),
  });
}

export const vocabulariesSchema = z.strictObject({
  audience: vocabulary(value, 'audience').describe('Who a page is for (every page\'s audience field).'),
  sector: vocabulary(value, 'sector').describe('Sectors of case studies and evidence (their sector field; the search "Sector" filter).'),
  form: vocabulary(value, 'form')
    .optional()
    .describe('Forms a case study can take (its form field). Leave it out and case studies have no form field and search no form filter.'),
  evidenceKind: vocabulary(evidenceKindValue, 'evidenceKind').describe('Kinds of evidence (an evidence summary\'s evidenceKind field; the evidence map\'s columns).'),
});

export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type Vocabulary = Vocabularies['audience'];
export type EvidenceKindValue = Vocabularies['evidenceKind']['values'][number];
