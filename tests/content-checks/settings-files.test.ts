import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { readPageText, readVocabularies } from '../../src/content-checks/settings-files.ts';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}/`, import.meta.url));

describe('content/vocabularies.yaml', () => {
  it('reads a site\'s own lists, without forms when it has none', () => {
    const { data: vocabularies, problems } = readVocabularies(fixture('a site without forms'));
    expect(problems).toEqual([]);
    expect(vocabularies?.form).toBeUndefined();
    expect(vocabularies?.sector).toEqual({ name: 'Sector', values: [{ id: 'care-home', label: 'Care home' }] });
    expect(vocabularies?.evidenceKind.values[0]?.counts).toEqual(['resident', 'residents']);
  });

  it('names every problem at its line, with what to write', () => {
    const { data: vocabularies, problems } = readVocabularies(fixture('a vocabulary with a misspelt list, a repeated id and a missing label'));
    expect(vocabularies).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/vocabularies.yaml:1:1: sector is missing. Add a line "sector: ..." (Sectors of case studies and evidence (their sector field; the search "Sector" filter)).',
      'content/vocabularies.yaml:6:1: "sectors" is not a field of content/vocabularies.yaml. Did you mean "sector"? Check the spelling, or remove the line.',
      'content/vocabularies.yaml:16:11: evidenceKind.values[1].id: "randomised-controlled-trial" is listed twice. Give each value its own id.',
      'content/vocabularies.yaml:17:14: evidenceKind.values[1].label holds HTML (<b>). It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.',
      'content/vocabularies.yaml:18:7: evidenceKind.values[2].label is missing. Add a line "label: ..." (What readers see, e.g. "Care home").',
    ]);
  });

  it('refuses a list named as the site\'s own pages name another field, at its line', () => {
    expect(readVocabularies(fixture("a list named as the site's own setting")).problems.map(formatProblem)).toEqual([
      `content/vocabularies.yaml:7:9: sector.name: "Setting" is what the site's own pages call another field, so readers would see two "Setting" headings side by side. Name this list something else.`,
    ]);
  });

  it('says how to start one when it is missing', () => {
    expect(readVocabularies('/no/such/content').problems.map(formatProblem)).toEqual([
      'content/vocabularies.yaml:1:1: The vocabularies file is missing. Create content/vocabularies.yaml with the audience, sector and evidenceKind lists (README, "Vocabularies", shows one).',
    ]);
  });
});

describe('content/page-text.yaml', () => {
  it("needs only the home page's introduction: the index pages have words that suit any site", () => {
    const { data, problems } = readPageText(fileURLToPath(new URL('../gatekeeper/base-content/', import.meta.url)));
    expect(problems).toEqual([]);
    expect(data?.home.introduction).toBe('A small fixture site, to test the generator with. Test content only.');
    expect(data?.guidance.introduction).toBe('Practical guidance, grouped by topic. Each page starts with a summary and cites its evidence.');
    expect(data?.search.description).toBe('Search the guide.');
    expect(data?.['evidence-map'].settingExamples).toBeUndefined();
    // The About page says how the site was made, and what it does not do, only where the site says so.
    expect(data?.about).toEqual({ limits: [] });
  });

  it('says what to write in a file that holds only comments, at its first line', () => {
    expect(readPageText(fixture('a page text file of comments only')).problems.map(formatProblem)).toEqual([
      'content/page-text.yaml:1:1: The page text file is empty. Write at least the home page\'s introduction (README, "What the site\'s own pages say", shows one).',
    ]);
  });

  it('names a misspelt page and HTML in the text at their lines', () => {
    const { data, problems } = readPageText(fixture('a page text file with a misspelt page and HTML in an introduction'));
    expect(data).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/page-text.yaml:2:17: home.introduction holds HTML (<em>). It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.',
      'content/page-text.yaml:3:1: "guidence" is not a field of content/page-text.yaml. Did you mean "guidance"? Check the spelling, or remove the line.',
    ]);
  });
});
