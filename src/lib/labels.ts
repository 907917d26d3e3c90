/** Human labels for the enum values used in frontmatter, shared by pages and search filters. */
import type { audiences } from '../schemas/fields.ts';
import type { coproductionForms, evidenceKinds, sectors } from '../schemas/vocabularies.ts';

export const contentTypeLabels = {
  guidance: 'Guidance',
  'case-study': 'Case study',
  evidence: 'Evidence summary',
  glossary: 'Glossary',
} as const;

export const audienceLabels: Record<(typeof audiences)[number], string> = {
  'frontline-staff': 'Frontline staff',
  managers: 'Managers and leaders',
  educators: 'Educators',
  students: 'Students',
  researchers: 'Researchers',
  'patients-and-carers': 'Patients and carers',
  commissioners: 'Commissioners',
};

export const sectorLabels: Record<(typeof sectors)[number], string> = {
  nhs: 'NHS',
  'local-authority': 'Local authority',
  vcse: 'Voluntary, community and social enterprise (VCSE)',
  independent: 'Independent sector',
  education: 'Education',
  research: 'Research',
  'health-care-outside-uk': 'Health care outside the UK',
  'not-stated': 'Not stated in the source',
};

export const formLabels: Record<(typeof coproductionForms)[number], string> = {
  individual: 'Individual',
  group: 'Group',
  collective: 'Collective',
};

export const evidenceKindLabels: Record<(typeof evidenceKinds)[number], string> = {
  'qualitative-interviews': 'Qualitative interview study',
  'qualitative-interviews-and-observation': 'Qualitative study: interviews and observation',
  'staff-survey': 'Staff survey (service evaluation)',
  'narrative-review': 'Narrative review',
  'practice-article': 'Practice article',
};
