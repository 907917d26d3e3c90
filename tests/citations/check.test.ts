import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { checkFileCitations, formatProblem } from '../../src/citations/check.ts';
import { parseFile } from '../../src/citations/scan.ts';

const bibliography = loadBibliography(fileURLToPath(new URL('./fixtures/bibliography/', import.meta.url)));
const check = (...files: [string, string][]) => files.flatMap(([path, source]) => checkFileCitations(path, parseFile({ path, source }), bibliography)).map(formatProblem);

describe('checkFileCitations', () => {
  it('reports unknown keys in every file at once, with file:line:column', () => {
    expect(
      check(
        ['content/guidance/a.mdx', '---\ntitle: A\n---\n\nFirst [@webb2012].\n'],
        ['content/guidance/b.md', '---\ntitle: B\n---\n\nFine [@webb2021], then @cahnn2004 says.\n'],
      ),
    ).toEqual([
      'content/guidance/a.mdx:5:7: Unknown citation key "@webb2012": no entry in content/bibliography/ has this key. Did you mean @webb2021? Add the work to a .bib file, fix the key, or write \\@ for a literal @.',
      'content/guidance/b.md:5:24: Unknown citation key "@cahnn2004": no entry in content/bibliography/ has this key. Did you mean @cahn2004? Add the work to a .bib file, fix the key, or write \\@ for a literal @.',
    ]);
  });

  it('checks the citation keys named in frontmatter', () => {
    const caseStudy = '---\ntitle: C\nsources:\n  - webb2021\n  - makey2021\n---\nBody.\n';
    const evidence = '---\ncitationKey: webb2021\ncitesWorks: [cahn2004, scie2013]\n---\n';
    expect(check(['content/case-studies/c.mdx', caseStudy], ['content/evidence/e.mdx', evidence])).toEqual([
      'content/case-studies/c.mdx:5:5: Unknown citation key "makey2021" in sources: no entry in content/bibliography/ has this key. Did you mean makey2022? Add the work to a .bib file or fix the key.',
      'content/evidence/e.mdx:3:24: Unknown citation key "scie2013" in citesWorks: no entry in content/bibliography/ has this key. Add the work to a .bib file or fix the key.',
    ]);
  });

  it('ignores code, e-mail addresses, escaped @ and link URLs, as the renderer does', () => {
    const source = 'Mail someone@nhs.net, `[@nokey]`, \\@nokey, [link](https://example.org/@nokey).\n\n```\n[@nokey]\n```\n';
    expect(check(['content/guidance/d.md', source])).toEqual([]);
  });

  it('leaves invalid MDX to the MDX compiler instead of crashing', () => {
    expect(check(['content/guidance/e.mdx', 'Text with <Unclosed and [@webb2012].\n'])).toEqual([]);
  });
});
