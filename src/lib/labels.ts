/** What each kind of page is called, shared by pages and search filters. The vocabularies' labels are the site's own (content/vocabularies.yaml). */

export const contentTypeLabels = {
  guidance: 'Guidance',
  'case-study': 'Case study',
  evidence: 'Evidence summary',
  glossary: 'Glossary',
} as const;
