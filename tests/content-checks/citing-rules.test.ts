import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { citingProblems } from '../../src/content-checks/citing-rules.ts';

const page = (path: string, source: string) => ({ path, source });
const known = (key: string) => ['makey2022', 'webb2021'].includes(key);

describe('what each kind of page must cite', () => {
  it('stops a guidance page that cites nothing, and passes one that cites', () => {
    const guidance = page('content/guidance/a.mdx', '---\ntitle: A\n---\n\nOpinion only.\n');
    expect(citingProblems(guidance, 'guidance', {}, new Set(), known).map(formatProblem)).toEqual([
      'content/guidance/a.mdx:1:1: This guidance page cites nothing. Cite the evidence for each claim, e.g. [@makey2022] (the evidence-site README, "Citing sources").',
    ]);
    expect(citingProblems(guidance, 'guidance', {}, new Set(['makey2022']), known)).toEqual([]);
  });

  it('names, where it is listed, each source of a case study its text never cites', () => {
    const study = page('content/case-studies/c.mdx', '---\ntitle: C\nsources: [makey2022, webb2021]\n---\n\nAs reported [@makey2022].\n');
    expect(citingProblems(study, 'case-studies', { sources: ['makey2022', 'webb2021'] }, new Set(['makey2022']), known).map(formatProblem)).toEqual([
      'content/case-studies/c.mdx:3:22: sources lists "webb2021", but the text never cites it. Cite it where the page draws on it, e.g. [@webb2021], or take it out of sources.',
    ]);
  });

  it('leaves a key the bibliography does not have to its own message', () => {
    const study = page('content/case-studies/c.mdx', '---\ntitle: C\nsources: [makey2022, mkaey2022]\n---\n\nAs reported [@makey2022].\n');
    expect(citingProblems(study, 'case-studies', { sources: ['makey2022', 'mkaey2022'] }, new Set(['makey2022']), known)).toEqual([]);
  });

  it('stops an evidence summary whose text never cites its own source', () => {
    const evidence = page('content/evidence/e.mdx', '---\ntitle: E\ncitationKey: webb2021\n---\n\nWhat the survey found [@makey2022].\n');
    expect(citingProblems(evidence, 'evidence', { citationKey: 'webb2021' }, new Set(['makey2022']), known).map(formatProblem)).toEqual([
      'content/evidence/e.mdx:3:14: The text never cites "webb2021", the source this page summarises. Cite it where the page reports what the source says, e.g. [@webb2021].',
    ]);
  });

  it('asks nothing of a glossary term', () => {
    expect(citingProblems(page('content/glossary/t.md', '---\nterm: T\n---\n'), 'glossary', {}, new Set(), known)).toEqual([]);
  });
});
