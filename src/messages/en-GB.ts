/**
 * The interface's text in British English: every heading, label, link and
 * notice the templates write around the content (the content's own text is
 * in content/). Grouped by where it appears. A count or a value from the
 * content goes in through a function, so each language words its own
 * plurals and order; what a browser script writes is a string with
 * {placeholders} and plural forms instead (fill.ts), since it reaches the
 * script as JSON.
 *
 * Plain text: the templates print every string escaped, as text.
 *
 * Another language is a copy of this file, translated and typed as
 * Messages, listed in src/messages/languages.ts.
 */

import type { PluralForms } from './fill.ts';

export const enGB = {
  /** The site's sections, as the navigation, breadcrumbs and index pages name them. */
  sections: {
    home: 'Home',
    guidance: 'Guidance',
    caseStudies: 'Case studies',
    evidence: 'Evidence',
    glossary: 'Glossary',
    references: 'References',
    educators: 'For educators',
    evidenceMap: 'Evidence map',
    search: 'Search',
  },
  /** What each kind of page is called, by its id in the search index (src/search/filters.ts). */
  contentTypes: {
    guidance: 'Guidance',
    'case-study': 'Case study',
    evidence: 'Evidence summary',
    glossary: 'Glossary',
  },
  layout: {
    skipLink: 'Skip to main content',
    mainNavigation: 'Main',
    breadcrumbs: 'Breadcrumb',
    /** The header's search form, named for screen readers. */
    headerSearch: 'Site',
    editPage: 'Edit this page',
    editPageHow: '(suggest a correction through a pull request).',
    publishedBy: (organisation: string) => `Published by ${organisation}. Evidence is cited on every page; see`,
    allReferences: 'all references',
    footerLinks: 'About this guide',
    feedback: 'Feedback on this page',
    backToTop: 'Back to top',
  },
  searchForm: {
    label: 'Search the guide',
    button: 'Search',
  },
  contents: {
    narrow: 'Contents',
    wide: 'On this page',
  },
  review: {
    lastReviewed: 'Page last reviewed',
    nextReviewDue: 'Next review due',
    owner: 'Owner',
    pageHistory: (changes: number) => `Page history (${changes} ${changes === 1 ? 'change' : 'changes'})`,
    notice: 'Review notice',
    overdue: 'This page is due for review.',
    /** Around the date the review was due. */
    wasDue: 'Its review was due on',
    mayBeOutOfDate: ', so parts of it may be out of date. Check the sources it cites before you rely on it.',
    /** Before the owner's name. */
    ownerIs: "The page's owner is:",
  },
  content: {
    atAGlance: 'At a glance',
    previous: 'Previous',
    next: 'Next',
    moreInTopic: (topic: string) => `More in ${topic}`,
  },
  cite: {
    heading: 'Cite this page',
    accessed: 'Accessed',
    accessDateHint: 'The access date is the day this copy of the site was built: change it to the day you read the page.',
    noSiteUrlHint: " The address is the page's path on the server that hosts this copy: put the site's address in front of it.",
    download: 'Download this citation for Zotero, EndNote or Mendeley:',
  },
  /** Between the download links: "BibTeX, RIS or CSL-JSON". */
  downloads: {
    separator: ', ',
    lastSeparator: ' or ',
  },
  worksList: {
    citedIn: (work: string) => `Where this guide cites ${work}`,
    inAllReferences: (work: string) => `${work} in all references`,
  },
  home: {
    search: 'Home page',
    topics: 'Topics',
    guidancePages: (count: number) => `${count} guidance ${count === 1 ? 'page' : 'pages'}`,
    latestCaseStudies: 'Latest case studies',
    allCaseStudies: 'All case studies',
  },
  guidance: {
    printGuide: 'Print the whole guide',
    printGuideAbout: ': every guidance page on one page, with one list of references.',
    learningOutcomes: 'Learning outcomes',
    learnersShould: 'After working through this page, learners should be able to:',
    discussionQuestions: 'Discussion questions',
  },
  caseStudy: {
    none: 'There are no case studies yet.',
    setting: 'Setting',
    approach: 'Approach',
    location: 'Location',
    year: 'Year',
    outcomes: 'Outcomes reported',
  },
  evidence: {
    none: 'There are no evidence summaries yet.',
    setting: 'Setting',
    country: 'Country',
    whoTookPart: 'Who took part',
    methods: 'Methods',
    year: 'Year',
    drawsOn: 'What this source draws on',
    ownReferences: (works: number) => `The ${works} works in this source's own reference list:`,
  },
  glossary: {
    aToZ: 'Glossary A to Z',
    alsoWrittenAs: (aliases: string) => `Also written as: ${aliases}.`,
    usedOn: 'Used on',
    /** Before the list of pages, under a term on the glossary's index. */
    usedOnList: 'Used on:',
    allTerms: 'All glossary terms',
  },
  topic: {
    glossaryTerms: 'Glossary terms',
  },
  educators: {
    description: 'Learning outcomes, discussion questions and reading lists for every guidance topic.',
    introduction:
      'Every guidance topic with its learning outcomes, questions for a seminar or team meeting, and a reading list you can import into Zotero, EndNote or Mendeley. Link to any page or section: addresses never change.',
    seeAlso: 'See also the',
    evidenceMap: 'evidence map',
    evidenceMapAbout: ': which kinds of evidence support each topic, and which sources each page cites.',
    toPrint: 'To hand out or read on paper,',
    printGuide: 'print the whole guide',
    printGuideAbout: ': every guidance page, with one list of references.',
    topicReadingList: (works: number) => `Download the whole topic's reading list (the ${works} works its guidance pages cite) for Zotero, EndNote or Mendeley:`,
    readingList: (works: number) => `Reading list (${works} works)`,
    download: 'Download for Zotero, EndNote or Mendeley:',
  },
  evidenceMap: {
    description: 'Which kinds of evidence support each topic, where the gaps are, and which source supports which page.',
    introduction:
      'What kinds of evidence the guide rests on for each topic, and where there is none. A work supports a topic when a guidance page or case study on the topic cites it. Read the',
    evidenceSummaries: 'evidence summaries',
    introductionEnd: 'to judge how much weight each work can bear.',
    filters: 'Show only evidence from',
    anySector: (sector: string) => `Any ${sector.toLowerCase()}`,
    settingFilter: 'Setting includes the words',
    settingExamples: (examples: string) => `For example: ${examples}.`,
    filtersHide: 'Works without an evidence summary have no recorded sector or setting, so a filter hides them.',
    key: 'Key',
    keyGap: 'Gap: no work of this kind supports the topic',
    keyOne: '1 work',
    keyFew: '2 or 3 works',
    keyMany: '4 or more works',
    mapCaption: 'Kinds of evidence for each topic',
    topic: 'Topic',
    unsummarised: 'Cited works with no evidence summary',
    gap: 'Gap',
    listThem: 'List them',
    works: 'The works in the map',
    worksAbout: 'The same works as a table: each work once, with what kind of evidence it is and the topics it supports.',
    worksCaption: "Works that support the guide's topics",
    work: 'Work',
    setting: 'Setting',
    topicsSupported: 'Topics it supports',
    noSummary: 'No evidence summary',
    notRecorded: 'Not recorded',
    sources: 'Which source each page cites',
    sourcesAbout: 'Each number is how many times the page cites that source; follow it to the reference on that page.',
    guidanceCaption: 'Guidance topics and the sources they cite',
    caseStudiesCaption: 'Case studies and the sources they cite',
    page: 'Page',
    otherWorks: 'Other works cited',
    citations: (count: number) => (count === 1 ? 'citation' : 'citations'),
    notCited: 'not cited',
    /** A cell's count; the map's script recounts it as filters change (src/browser/evidence-map.ts), so a string with plural forms, see ../messages/fill.ts. */
    worksCount: { one: '{count} work', other: '{count} works' } as PluralForms,
    /** What the map's script says when a filter is on: "Showing 3 works of 12." */
    showing: 'Showing {works} of {total}.',
  },
  references: {
    description: 'Every work cited in this guide, the pages that cite it, and downloads for Zotero and EndNote.',
    introduction: 'Every work this guide draws on, with the pages that cite it. Each entry has its own link you can share.',
    downloadAll: 'Download the whole bibliography for Zotero, EndNote or Mendeley:',
    citedOn: 'Cited on:',
    citedInSources: 'Cited within the source documents. ',
    download: 'Download:',
  },
  print: {
    title: 'The whole guide',
    description: (site: string) => `Every guidance page of ${site} on one page, with one list of references, to print or save as a PDF.`,
    heading: (site: string) => `${site}: the whole guide`,
    introduction:
      "Every guidance page in one document, in topic order, with one list of references at the end. To print it or save it as a PDF, use your browser's Print command.",
    descriptionInParts: (site: string, parts: number) => `Every guidance page of ${site} in ${parts} parts, each with its list of references, to print or save as a PDF.`,
    inParts: (parts: number, pages: number) =>
      `The guide is too long for one document, so it is printed in ${parts} parts of up to ${pages} guidance pages each, in topic order, each with its own list of references at the end. To print a part or save it as a PDF, open it and use your browser's Print command.`,
    part: (number: number) => `Part ${number}`,
    partTitle: (number: number, parts: number) => `The whole guide, part ${number} of ${parts}`,
    partHeading: (site: string, number: number, parts: number) => `${site}: the whole guide, part ${number} of ${parts}`,
    partIntroduction: (parts: number) => `One of the ${parts} parts of the guide, in topic order, with one list of references at the end. To print it or save it as a PDF, use your browser's Print command.`,
    allParts: 'Every part of the guide',
    madeOn: 'This copy was made on',
    mayHaveChanged: '. Each part says when its page was last reviewed; the pages on the web may have changed since.',
    contents: 'Contents',
    references: 'References',
    lastReviewed: 'Last reviewed',
    onTheWeb: 'This page on the web',
  },
  search: {
    noScript: {
      start: 'Search needs JavaScript, which is turned off or blocked in this browser. You can still find every page from the',
      guidance: 'guidance topic index',
      afterGuidance: ', the',
      caseStudies: 'case studies',
      afterCaseStudies: ' and the',
      glossary: 'glossary',
    },
    form: 'Search the guide',
    searchFor: 'Search for',
    button: 'Search',
    hint: 'Results appear as you type.',
    /** Shown only where there is a keyboard to press it on (not on phones and tablets). */
    keyboardHint: 'Press / to come back to this box.',
    filterResults: 'Filter results',
    /** The search filters' groups that are not vocabularies (content/vocabularies.yaml). */
    filters: {
      type: 'Type of page',
      topic: 'Topic',
    },
    results: 'Results',
    showMore: 'Show more results',
    shortcut: 'Let the / key jump to the search box',
    /** What the search page's script writes (src/browser/search.ts): {placeholders} and plural forms, see ../messages/fill.ts. */
    script: {
      activeFilters: '({count} active)',
      prompt: 'Type a word or phrase, or choose a filter, to search the guide.',
      /** {corrected} is shown in bold, {instead} is a link that searches for what was typed. */
      correctedTo: 'Showing results for {corrected}. {instead}',
      searchInstead: 'Search for "{query}" instead',
      /** Said after a count of pages: " with the filters Guidance, Care home". */
      withFilters: ' with the filters {filters}',
      noMatch: 'No pages match{within}.',
      noMatchFor: 'No pages match "{query}"{within}.',
      /** Pages found by filters alone. */
      pages: { one: '{count} page{within}.', other: '{count} pages{within}.' } as PluralForms,
      pagesMatch: { one: '{count} page matches "{query}"{within}.', other: '{count} pages match "{query}"{within}.' } as PluralForms,
      someWords: { one: '{count} page matches some of the words.', other: '{count} pages match some of the words.' } as PluralForms,
      moreSomeWords: { one: '{count} more page matches some of the words.', other: '{count} more pages match some of the words.' } as PluralForms,
      /** Beside a result's kind of page. */
      partialMatch: 'matches some of your words',
      sectionsOf: 'Matching sections of {title}',
      untitled: 'this page',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not here.',
    check: 'If you typed the web address, check it is correct. If you followed a link, the page may have moved.',
    trySearching: 'Try searching for what you need:',
    startFrom: 'Or start from:',
    home: 'the home page',
    guidance: 'all guidance topics',
    caseStudies: 'case studies',
    glossary: 'the glossary',
  },
  about: {
    title: 'About this guide',
    description: (site: string) => `How ${site} was made, how its evidence is cited and labelled, who looks after it and how to help.`,
  },
  accessibility: {
    /** In every page's footer. */
    link: 'Accessibility',
    title: 'Accessibility statement',
    description: (site: string) => `How accessible ${site} is, what does not yet work well, and how to report a problem.`,
  },
  /** What the Markdown plugins write into every page: its reference list, notes under references, heading links. */
  pageText: {
    references: 'References',
    backToCitation: 'Back to the citation',
    /** Followed by a letter per citation: "Back to citations: a b c". */
    backToCitations: 'Back to citations: ',
    linkToSection: (heading: string) => `Link to this section: ${heading}`,
    /** Followed by the kind of evidence, linking to its summary: "Evidence: staff survey, 108 responses". */
    evidenceNote: 'Evidence: ',
    /** Followed by the work a work is known through: "Cited through Makey et al. (2022)". */
    citedThrough: 'Cited through ',
  },
  /** The e-mail a reader's "Feedback on this page" link starts, when feedback goes to an address. */
  feedbackEmail: {
    subject: (title: string) => `Feedback on "${title}"`,
    // RFC 6068: line breaks in a mailto body are CR LF.
    body: (address: string) => `Page: ${address}\r\n\r\nWhat is wrong or missing, or what would help:\r\n`,
  },
};

/** What every language's messages give: the same keys, and functions taking the same values. */
export type Messages = typeof enGB;
