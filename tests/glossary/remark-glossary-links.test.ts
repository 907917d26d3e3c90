import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/glossary/match.ts';
import { remarkGlossaryLinks } from '../../src/glossary/remark-glossary-links.ts';

const matcher = termMatcher([
  { id: 'ebcd', phrases: ['EBCD', 'Experience-based co-design'] },
  { id: 'co-design', phrases: ['Co-design'] },
  { id: 'ft', phrases: ['FT', 'Foundation trust'] },
  { id: 'reciprocity', phrases: ['Reciprocity'] },
]);

async function render(markdown: string, path = 'content/guidance/page.md') {
  const file = new VFile({ path, value: markdown });
  const html = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkGlossaryLinks, { matcher: () => matcher, href: (id: string) => `/glossary/#${id}`, entryOf: (f: VFile) => (f.path.includes('/glossary/') ? 'reciprocity' : undefined) })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(html);
}

describe('termMatcher', () => {
  it('prefers the longer phrase and matches whole words only', () => {
    expect(matcher.find('We used experience-based co-design, not co-designers.').map((m) => m.id)).toEqual(['ebcd']);
  });

  it('matches acronyms only in capitals, other terms in any case', () => {
    expect(matcher.find('A 6 ft wall; an FT; RECIPROCITY and reciprocity.').map((m) => m.id)).toEqual(['ft', 'reciprocity', 'reciprocity']);
  });
});

describe('remark-glossary-links', () => {
  it('links only the first use of each term on a page', async () => {
    expect(await render('EBCD helps. EBCD again, and reciprocity.')).toBe(
      '<p><a href="/glossary/#ebcd" class="glossary-link">EBCD</a> helps. EBCD again, and <a href="/glossary/#reciprocity" class="glossary-link">reciprocity</a>.</p>',
    );
  });

  it('leaves headings, links and code alone, and links the first use in prose', async () => {
    const html = await render('## EBCD\n\n[EBCD guide](https://example.org) and `EBCD`.\n\nThen EBCD.');
    expect(html.match(/glossary-link/g)).toHaveLength(1);
    expect(html).toContain('<p>Then <a href="/glossary/#ebcd" class="glossary-link">EBCD</a>.</p>');
  });

  it('does not link a glossary entry to itself', async () => {
    expect(await render('Reciprocity means give and take.', 'content/glossary/reciprocity.md')).not.toContain('glossary-link');
  });
});
