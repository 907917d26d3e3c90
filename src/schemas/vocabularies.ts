/**
 * The fixed values of frontmatter fields the schemas check and the pages
 * label. Apart from the schemas so scripts sent to the browser (the evidence
 * map's filters) can use them without bundling zod, which also needs eval.
 */
export const coproductionForms = ['individual', 'group', 'collective'] as const;
export const sectors = ['nhs', 'local-authority', 'vcse', 'independent', 'education', 'research', 'health-care-outside-uk', 'not-stated'] as const;
export const evidenceKinds = [
  'qualitative-interviews',
  'qualitative-interviews-and-observation',
  'staff-survey',
  'narrative-review',
  'practice-article',
] as const;
