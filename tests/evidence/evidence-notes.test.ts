import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationsPlugin } from '../../src/citations/citations-plugin.ts';
import { citedIn } from '../../src/citations/related.ts';
import { evidenceLabel, evidenceNotes, workName, type NoteNames } from '../../src/evidence/evidence-notes.ts';
import { readEvidenceSummaries, type EvidenceSummary } from '../../src/evidence/summaries.ts';
import { citationContext, fixtureBibliography } from '../citations/context.ts';
import { renderMarkdown } from '../markdown/render.ts';

const summary = (citationKey: string, evidenceKind: EvidenceSummary['evidenceKind'], sampleSize?: number): EvidenceSummary => ({
  id: `${citationKey}-summary`,
  title: `A summary of ${citationKey}`,
  citationKey,
  evidenceKind,
  ...(sampleSize === undefined ? {} : { sampleSize }),
});

/** A site's kinds of evidence, as content/vocabularies.yaml gives them. */
const kinds = [
  { id: 'staff-survey', label: 'Staff survey (service evaluation)', inNotes: 'staff survey', counts: ['response', 'responses'] as [string, string] },
  { id: 'qualitative-interviews', label: 'Qualitative interview study', inNotes: 'qualitative study', counts: ['interview', 'interviews'] as [string, string] },
  { id: 'randomised-controlled-trial', label: 'Randomised controlled trial' },
  { id: 'practice-article', label: 'Practice article' },
];

describe('the kind of evidence a work is', () => {
  it("names the kind as the site's vocabulary says in notes, and counts what its size counts", () => {
    expect(evidenceLabel({ evidenceKind: 'staff-survey', sampleSize: 108 }, kinds)).toBe('staff survey, 108 responses');
    expect(evidenceLabel({ evidenceKind: 'qualitative-interviews', sampleSize: 9 }, kinds)).toBe('qualitative study, 9 interviews');
    expect(evidenceLabel({ evidenceKind: 'qualitative-interviews', sampleSize: 1 }, kinds)).toBe('qualitative study, 1 interview');
  });

  it('falls back to the label in lower case, counting participants, where the vocabulary says no more', () => {
    expect(evidenceLabel({ evidenceKind: 'randomised-controlled-trial', sampleSize: 240 }, kinds)).toBe('randomised controlled trial, 240 participants');
    expect(evidenceLabel({ evidenceKind: 'randomised-controlled-trial', sampleSize: 1 }, kinds)).toBe('randomised controlled trial, 1 participant');
  });

  it('leaves the size out when the source gives none', () => {
    expect(evidenceLabel({ evidenceKind: 'practice-article' }, kinds)).toBe('practice article');
  });

  it("names a work by the style's narrative citation, or by its summary's title where the style gives only a number", () => {
    expect(workName('Makey et al. (2022)', 'Makey (2022): a summary')).toBe('Makey et al. (2022)');
    expect(workName('(55)', 'Makey (2022): a summary')).toBe('Makey (2022): a summary');
  });
});

describe('notes under references', () => {
  const relations: Record<string, string> = { cahn2004: 'makey2022', obrien2011: 'someone2020' };
  const names: NoteNames = {
    summaryHref: (id) => `/kb/evidence/${id}/`,
    referenceHref: (key) => `/kb/references/#${key}`,
    label: (source) => `Label of ${source.citationKey}`,
    narrative: (key) => `Narrative of ${key}`,
    citedIn: (key) => relations[key],
    kinds,
  };
  const notes = evidenceNotes([summary('webb2021', 'staff-survey', 108), summary('makey2022', 'practice-article')], names);

  it('say what kind of evidence a summarised work is, linking to its summary', () => {
    expect(notes('webb2021')?.html).toBe('<span class="evidence-note">Evidence: <a href="/kb/evidence/webb2021-summary/">staff survey, 108 responses</a></span>');
  });

  it('say which work a work is cited through: its summary if it has one, else its reference', () => {
    expect(notes('cahn2004')?.html).toBe('<span class="evidence-note">Cited through <a href="/kb/evidence/makey2022-summary/">Label of makey2022</a></span>');
    expect(notes('obrien2011')?.html).toBe('<span class="evidence-note">Cited through <a href="/kb/references/#someone2020">Narrative of someone2020</a></span>');
  });

  it('say nothing about a work with neither a summary nor a relation', () => {
    expect(notes('nobody2000')).toBeUndefined();
  });

  it('escape what they are given', () => {
    const odd = evidenceNotes([], { ...names, citedIn: () => 'x', narrative: () => '<b>Smith</b> & Jones' });
    expect(odd('y')?.html).toContain('&#x3C;b>Smith&#x3C;/b> &#x26; Jones');
  });
});

describe('the citations plugin with notes', () => {
  const bibliography = fixtureBibliography();
  const base = citationContext(bibliography, 'apa');
  const notes = evidenceNotes([summary('makey2022', 'practice-article')], {
    summaryHref: (id) => `/evidence/${id}/`,
    referenceHref: (key) => `/references/#${key}`,
    label: (source) => workName(base.formatter.narrativeLabel(source.citationKey), source.title),
    narrative: (key) => base.formatter.narrativeLabel(key),
    citedIn: (key) => citedIn(bibliography.items.get(key)),
    kinds,
  });
  const render = (markdown: string) => renderMarkdown(markdown, { mdastPlugins: [citationsPlugin({ context: () => ({ ...base, notes }) })] });

  it('puts the same note in the preview and under the reference-list entry', async () => {
    const html = await render('Co-production shares power [@makey2022].');
    const note = '<span class="evidence-note">Evidence: <a href="/evidence/makey2022-summary/">practice article</a></span>';
    expect(html.split(note)).toHaveLength(3);
    expect(html).toMatch(new RegExp(`<span id="cite-preview-1" class="cite__preview"[^>]*>.*${note.replace(/[/.()]/g, '\\$&')}</span>`));
    // The note comes straight after the reference, before its links back to the citations.
    expect(html).toMatch(new RegExp(`<li id="ref-makey2022"><span class="csl-entry">.*</span> ${note.replace(/[/.()]/g, '\\$&')} <span class="references__backlinks">`));
  });

  it('says a work known only through another is cited through it (BibLaTeX related, relatedtype citedin)', async () => {
    const html = await render('Six projects [@dimopoulosbick2019].');
    expect(html).toContain('<span class="evidence-note">Cited through <a href="/evidence/makey2022-summary/">Makey et al. (2022)</a></span>');
  });
});

describe('reading the evidence summaries', () => {
  it("reads each summary's address, work, kind and size from its frontmatter", () => {
    const dir = fileURLToPath(new URL('../gatekeeper/base-content/evidence/', import.meta.url));
    expect(readEvidenceSummaries(dir)).toEqual([{ id: 'jones-2019-listening', title: 'Jones (2019) on listening', citationKey: 'jones2019', evidenceKind: 'practice-article' }]);
  });

  it('reads nothing from a site without summaries', () => {
    expect(readEvidenceSummaries('/no/such/folder')).toEqual([]);
  });
});
