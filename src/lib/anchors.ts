/**
 * The ids the site's templates give the parts of their pages, in one place:
 * the templates render them, and the content check knows every page's ids
 * from the sources (src/links/site-addresses.ts), so a link such as
 * /guidance/power/#learning-outcomes or /glossary/#ebcd is checked without
 * building the site.
 */
export const anchors = {
  /** Every page (src/layouts/PageLayout.astro): the skip link's target and the header's search box. */
  main: 'main-content',
  headerSearch: 'header-search',
  homeSearch: 'home-search',
  notFoundSearch: 'not-found-search',
  /** Guidance, case study and evidence pages (src/components/ContentArticle.astro). */
  atAGlance: 'at-a-glance',
  citeThisPage: 'cite-this-page',
  /** A page's reference list (src/citations/render.ts), and the whole guide's (/print/). Not "references": a content heading called References would take that id. */
  pageReferences: 'page-references',
  learningOutcomes: 'learning-outcomes',
  discussionQuestions: 'discussion-questions',
  outcomes: 'outcomes',
  worksCitedBySource: 'works-cited-by-source',
  /** A glossary term's page: the pages that use the term. */
  usedOn: 'used-on',
  /** The search page's filters (their disclosure) and results heading. */
  filterHeading: 'filter-heading',
  resultsHeading: 'results-heading',
  /** The About page's sections that other pages link to. */
  feedback: 'feedback',
  licence: 'licence',
  /** The whole guide's contents (/print/). */
  printContents: 'contents',
  /** A topic's section on /guidance/, /educators/ and /print/. */
  topic: (topicId: string) => `topic-${topicId}`,
  /** A topic page's sections: its guidance, case studies, evidence and glossary terms. */
  topicGuidance: 'guidance',
  topicCaseStudies: 'case-studies',
  topicEvidence: 'evidence',
  topicTerms: 'glossary-terms',
  /** A letter's terms on /glossary/, the A to Z's targets (see glossaryLetter). */
  glossaryLetter: (letter: string) => `letter-${/^[A-Z]$/.test(letter) ? letter.toLowerCase() : 'other'}`,
  /** A guidance page's section on /educators/ and /print/. */
  guide: (entryId: string) => `guide-${entryId}`,
  /** A term on /glossary/ and a work on /references/ are found by their own id. */
  term: (entryId: string) => entryId,
  work: (key: string) => key,
};

/**
 * Which optional sections an entry's page shows, from the data that decides
 * each: the templates show exactly these, and the content check expects
 * exactly their ids.
 */
export const optionalSections = {
  guidance: (data: { learningOutcomes: unknown[]; discussionQuestions: unknown[] }) => ({
    learningOutcomes: data.learningOutcomes.length > 0,
    discussionQuestions: data.discussionQuestions.length > 0,
  }),
  evidence: (data: { citesWorks: unknown[] }) => ({ worksCitedBySource: data.citesWorks.length > 0 }),
  /** `usedOn`: the pages that use the term. */
  glossary: (usedOn: unknown[]) => ({ usedOn: usedOn.length > 0 }),
  /** A topic page's lists, from what the topic holds of each. */
  topic: (holds: { guidance: unknown[]; caseStudies: unknown[]; evidence: unknown[]; terms: unknown[] }) => ({
    topicGuidance: holds.guidance.length > 0,
    topicCaseStudies: holds.caseStudies.length > 0,
    topicEvidence: holds.evidence.length > 0,
    topicTerms: holds.terms.length > 0,
  }),
};

/**
 * The letter a glossary term is filed under on /glossary/: its first letter
 * without accents, or "#" for a term that starts with a digit or symbol.
 */
export const glossaryLetter = (term: string): string => {
  const first = term.normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
};

/** The sections named in `anchors` by a plain id. */
type Section = { [K in keyof typeof anchors]: (typeof anchors)[K] extends string ? K : never }[keyof typeof anchors];

/** The ids of the sections `shows` says a page shows. */
export const shownSections = (shows: Partial<Record<Section, boolean>>): string[] => (Object.keys(shows) as Section[]).filter((section) => shows[section]).map((section) => anchors[section]);
