import { describe, expect, it } from 'vitest';
import { citationContext, fixtureBibliography } from '../citations/context.ts';
import { termMatcher } from '../../src/glossary/match.ts';
import { contentPipeline } from '../../src/markdown/pipeline.ts';
import { compileMdx, renderMarkdown } from './render.ts';

const context = citationContext(fixtureBibliography());
const pipeline = contentPipeline({
  citations: { context: () => context },
  glossary: { matcher: () => termMatcher([{ id: 'co-production', phrases: ['Co-production'] }]), href: (id) => `/glossary/${id}/` },
  base: '/kb/',
});

describe('the content pipeline', () => {
  // Makey et al.'s title begins "Co-production: what it is": the preview beside the citation holds the term.
  const page = '## Sharing power\n\nMakey and colleagues wrote about it [@makey2022]. Co-production shares power.\n';

  it('links the first use of a term in prose, never inside a citation, and gives the link the base path', async () => {
    const html = await renderMarkdown(page, pipeline);
    expect(html.match(/glossary-link/g)).toHaveLength(1);
    expect(html).toContain('. <a href="/kb/glossary/co-production/" class="glossary-link">Co-production</a> shares power.');
    expect(html).toContain('<h2 id="sharing-power">Sharing power</h2><a class="heading-anchor" href="#sharing-power"');
    expect(html).toContain('<h2 id="page-references">References</h2>');
  });

  it('renders MDX pages to the same markup, as static HTML strings', async () => {
    const code = await compileMdx(page, pipeline);
    expect(code).toContain('set:html');
    expect(code).toContain('class=\\"cite__link\\"');
    expect(code.match(/glossary-link/g)).toHaveLength(1);
  });
});
