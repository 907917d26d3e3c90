/**
 * Every internal link goes through `href()` so a site built for a subfolder
 * (BASE_PATH=/kb/) never links outside it.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export const routes = {
  home: () => href(),
  guidanceIndex: () => href('guidance/'),
  guidance: (id: string) => href(`guidance/${id}/`),
  topic: (id: string) => href(`topics/${id}/`),
  caseStudyIndex: () => href('case-studies/'),
  caseStudy: (id: string) => href(`case-studies/${id}/`),
  evidenceIndex: () => href('evidence/'),
  evidence: (id: string) => href(`evidence/${id}/`),
  glossary: () => href('glossary/'),
  glossaryTerm: (id: string) => href(`glossary/${id}/`),
  references: () => href('references/'),
  search: () => href('search/'),
};
