/**
 * One schema per content collection. Strict objects: a misspelt field name is
 * an error, not silently ignored data.
 */
import { z } from 'astro/zod';
import { vocabulariesFile } from '../lib/vocabulary-values.ts';
import { citationKey, pageFields, reviewDatesInOrder, reviewFields, topicField, vocabularyList, vocabularyValue, type SiteLists } from './fields.ts';

/** Sources do not always give a year; saying so beats guessing one. */
const yearOrNotStated = z.union([z.number().int().min(1950).max(2100), z.literal('not stated')], {
  error: 'Write the year as a number (e.g. 2021), or "not stated" when the source does not give one.',
});


export function topicSchema() {
  return z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable id used in content frontmatter and URLs.'),
    title: z.string().min(3).describe('Topic name shown on the home page and as a search filter.'),
    summary: z.string().min(10).describe('One sentence on what the topic covers.'),
    order: z.number().int().describe('Position on the home page, smallest first.'),
  });
}

export function guidanceSchema(lists: SiteLists) {
  const { topicIds } = lists;
  return z
    .strictObject({
      ...pageFields(lists),
      topic: topicField(topicIds).describe('The topic area this guidance belongs to (content/topics.yaml).'),
      order: z.number().int().default(100).describe('Position within its topic, smallest first.'),
      keyPoints: z.array(z.string().min(10)).default([]).describe('Three to six key points, each one sentence.'),
      learningOutcomes: z
        .array(z.string().min(10))
        .default([])
        .describe('For educators: what a learner can do after studying the page ("Explain...", "Compare...").'),
      discussionQuestions: z.array(z.string().min(10)).default([]).describe('For educators: questions for a seminar.'),
    })
    .superRefine(reviewDatesInOrder);
}

export function caseStudySchema(lists: SiteLists) {
  const { topicIds, vocabularies } = lists;
  // Controlled values, unlike the free-text setting, so search can filter on them.
  const sector = vocabularyList(vocabularies.sector, 'sector');
  // A site without forms has no form field: writing one is a mistake the message explains.
  const form = vocabularies.form
    ? vocabularyList(vocabularies.form, 'form')
    : z.undefined({ error: `This site lists no forms (content/${vocabulariesFile} has no form list). Remove the line, or add the list.` }).optional();
  return z
    .strictObject({
      ...pageFields(lists),
      topics: z.array(topicField(topicIds)).min(1).describe('Topic areas the case study illustrates.'),
      setting: z.string().min(3).describe('Where it happened, e.g. "Secure mental health hospital".'),
      sector,
      form,
      approach: z.string().min(3).describe('What was done, in a few words, e.g. "Staff survey" or "Experience-based co-design".'),
      location: z.string().min(2).describe('Place or country, as precisely as the source says.'),
      year: yearOrNotStated.describe('Year the work took place or was reported; "not stated" when the source does not say.'),
      sources: z
        .array(citationKey)
        .min(1, 'List at least one citation key in sources: every case study comes from a source.')
        .describe('Citation keys of the sources the case study draws on, the source document first; cite each in the text.'),
      outcomes: z.array(z.string().min(5)).min(1).describe('What happened, one item per outcome, as the source reports it.'),
    })
    .superRefine(reviewDatesInOrder);
}

export function evidenceSchema(lists: SiteLists) {
  const { topicIds, vocabularies } = lists;
  return z
    .strictObject({
      ...pageFields(lists),
      topics: z.array(topicField(topicIds)).min(1).describe('Topic areas the evidence informs.'),
      citationKey: citationKey.describe('Citation key of the source this page summarises.'),
      citesWorks: z
        .array(citationKey)
        .default([])
        .describe("Citation keys of the works in the source's own reference list, so readers can follow what it rests on."),
      evidenceKind: vocabularyValue(vocabularies.evidenceKind, 'evidenceKind').describe('Kind of evidence, which tells the reader how much weight it bears.'),
      setting: z.string().min(3).describe('Where the study took place.'),
      sector: vocabularyList(vocabularies.sector, 'sector'),
      country: z.string().min(2).describe('Country of the study.'),
      sample: z
        .strictObject({
          size: z.number().int().positive().optional().describe('How many took part, when the source says.'),
          who: z.string().min(3).describe('Who took part.'),
        })
        .describe('Who the evidence comes from.'),
      methods: z.string().min(3).describe('How data were collected and analysed.'),
      year: yearOrNotStated.describe('Year of publication; "not stated" when the source gives none.'),
    })
    .superRefine(reviewDatesInOrder);
}

export function glossarySchema({ topicIds }: SiteLists) {
  return z
    .strictObject({
      term: z.string().min(2).describe('The term as readers meet it, e.g. "ICS" or "Reciprocity".'),
      expansion: z.string().min(3).optional().describe('What an acronym stands for, e.g. "Integrated care system".'),
      definition: z.string().min(20).describe('Plain-English definition in one or two sentences.'),
      aliases: z.array(z.string().min(2)).default([]).describe('Other spellings readers may search for; pages link these to the term too.'),
      autoLink: z
        .boolean()
        .default(true)
        .describe('Link the first use of the term on each page to its definition. Set false for words too common to link (e.g. "equality").'),
      topics: z.array(topicField(topicIds)).default([]).describe('Topic areas where the term matters.'),
      sources: z.array(citationKey).default([]).describe('Citation keys of works that define the term.'),
      ...reviewFields,
    })
    .superRefine(reviewDatesInOrder);
}
