import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { frontmatterProblems } from '../../src/content-checks/frontmatter.ts';
import { siteLists } from '../schemas/site-lists.ts';
import { evidenceSchema, guidanceSchema } from '../../src/schemas/collections.ts';

const guidance = guidanceSchema(siteLists(['basics']));
const fields = 'title: Listening first\nsummary: Listen to people who use services before you plan anything at all.\ntopic: basics\naudience: [managers]\nlastReviewed: 2026-01-10\nnextReviewDue: 2099-01-10\nowner: Fixture team';
const check = (source: string, schema: z.ZodType = guidance, kind = 'guidance') => frontmatterProblems({ path: 'content/x.mdx', source }, schema, kind).map(formatProblem);

describe('frontmatter check', () => {
  it('passes a valid page, with a byte-order mark or Windows line endings', () => {
    expect(check(`---\n${fields}\n---\n\nText.\n`)).toEqual([]);
    expect(check(`\uFEFF---\n${fields}\n---\n`)).toEqual([]);
    expect(check(`---\r\n${fields.replace(/\n/g, '\r\n')}\r\n---\r\n`)).toEqual([]);
  });

  it('names a misspelt field inside a group of fields at its own line', () => {
    const evidence = evidenceSchema(siteLists(['basics']));
    const source = `---\n${fields.replace('topic: basics', 'topics: [basics]')}\ncitationKey: smith2020\nevidenceKind: staff-survey\nsetting: One ward\nsector: [nhs]\ncountry: England\nsample:\n  who: Ward staff\n  sise: 12\nmethods: Survey\nyear: 2020\n---\n`;
    expect(check(source, evidence, 'evidence')).toEqual(['content/x.mdx:16:3: "sample.sise" is not a field of an evidence page. Did you mean "size"? Check the spelling, or remove the line.']);
  });

  it("names a vocabulary's values when one is written where a list goes", () => {
    expect(check(`---\n${fields.replace('audience: [managers]', 'audience: managers')}\n---\n`)).toEqual([
      'content/x.mdx:5:11: audience should be a list, e.g. [first, second], not "managers". Who the page is for: any of frontline-staff, managers, researchers.',
    ]);
  });

  it('reports a field written twice', () => {
    expect(check(`---\n${fields}\nowner: Someone else\n---\n`)).toEqual([
      expect.stringMatching(/^content\/x\.mdx:9:1: The frontmatter is not valid YAML: .*Each field may appear only once/),
    ]);
  });

  it('says a page with no frontmatter needs one', () => {
    expect(check('Just text.\n')).toEqual(['content/x.mdx:1:1: This guidance page has no frontmatter. Start the file with a line of three hyphens (---), the fields, then another --- line.']);
  });

  it('reports HTML in any text field, naming the field at its line', () => {
    const source = `---\n${fields.replace('title: Listening first', 'title: Listening <script>alert(1)</script>')}\nkeyPoints:\n  - Fine as it is.\n  - "Listen <img src=x onerror=alert(1)> first."\nchanges:\n  - date: 2026-01-10\n    summary: Fish &amp; chips\n---\n`;
    expect(check(source)).toEqual([
      'content/x.mdx:2:8: title holds HTML (<script>). It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.',
      'content/x.mdx:11:5: keyPoints[1] holds HTML (<img>). It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.',
      'content/x.mdx:14:14: changes[0].summary holds HTML (&amp;). It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.',
    ]);
  });

  it('leaves text that only looks like markup alone', () => {
    expect(check(`---\n${fields.replace('owner: Fixture team', 'owner: "R&D team <3, A<B testing & a < b"')}\n---\n`)).toEqual([]);
  });
});
