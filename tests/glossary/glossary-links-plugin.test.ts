import { describe, expect, it } from 'vitest';
import { glossaryLinksPlugin } from '../../src/glossary/glossary-links-plugin.ts';
import { termMatcher } from '../../src/glossary/match.ts';
import { renderMarkdown } from '../markdown/render.ts';

const matcher = termMatcher([
  { id: 'ebcd', phrases: ['EBCD', 'Experience-based co-design'] },
  { id: 'co-design', phrases: ['Co-design'] },
  { id: 'ft', phrases: ['FT', 'Foundation trust'] },
  { id: 'reciprocity', phrases: ['Reciprocity'] },
]);

const plugin = glossaryLinksPlugin({
  matcher: () => matcher,
  href: (id: string) => `/glossary/#${id}`,
  entryOf: (fileUrl) => (fileUrl?.pathname.includes('/glossary/') ? 'reciprocity' : undefined),
});

const render = (markdown: string, path = 'content/guidance/page.md') => renderMarkdown(markdown, { mdastPlugins: [plugin], path });

describe('termMatcher', () => {
  it('prefers the longer phrase and matches whole words only', () => {
    expect(matcher.find('We used experience-based co-design, not co-designers.').map((m) => m.id)).toEqual(['ebcd']);
  });

  it('matches acronyms only in capitals, other terms in any case', () => {
    expect(matcher.find('A 6 ft wall; an FT; RECIPROCITY and reciprocity.').map((m) => m.id)).toEqual(['ft', 'reciprocity', 'reciprocity']);
  });
});

describe('glossary links plugin', () => {
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
