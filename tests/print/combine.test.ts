import { describe, expect, it } from 'vitest';
import { printedBody, printedId } from '../../src/print/combine.ts';

const page = [
  '<div class="heading-wrapper"><h2 id="in-practice">In practice</h2><a class="heading-anchor" href="#in-practice">#</a></div>',
  '<p>Share power <span class="citation"><span class="cite"><a href="#ref-makey2022" class="cite__link" aria-describedby="cite-preview-1">(Makey et al., 2022)</a>',
  '<span id="cite-preview-1" class="cite__preview" role="tooltip">Makey…</span></span></span>, as <a href="#in-practice">above</a> and <a href="/guidance/values/">values</a> say.</p>',
  '<h3 id="steps">Steps</h3><h6 id="deep">Deep</h6>',
  '<section class="references" aria-labelledby="page-references"><h2 id="page-references">References</h2><ul class="references__list"><li id="ref-makey2022">Makey…</li></ul></section>',
].join('');

describe('a guidance page as part of the whole guide', () => {
  const html = printedBody(page, 'power');

  it("drops the page's own reference list: the whole guide has one", () => {
    expect(html).not.toContain('class="references"');
    expect(html).not.toContain('id="ref-makey2022"');
  });

  it('keeps citations leading to the references, which the whole guide holds under the same ids', () => {
    expect(html).toContain('<a href="#ref-makey2022" class="cite__link" aria-describedby="power--cite-preview-1">');
  });

  it("makes the page's other ids, and the links and ARIA references to them, its own", () => {
    expect(html).toContain('<h4 id="power--in-practice">');
    expect(html).toContain('<a class="heading-anchor" href="#power--in-practice">');
    expect(html).toContain('<a href="#power--in-practice">above</a>');
    expect(html).toContain('<span id="power--cite-preview-1"');
  });

  it('leaves links to other pages alone', () => {
    expect(html).toContain('<a href="/guidance/values/">values</a>');
  });

  it('moves headings down two levels, under the topic and the page, never below h6', () => {
    expect(html).toContain('<h5 id="power--steps">');
    expect(html).toContain('<h6 id="power--deep">');
  });

  it("names ids as the content check expects them", () => {
    expect(printedId('power', 'in-practice')).toBe('power--in-practice');
    expect(printedId('power', 'ref-makey2022')).toBe('ref-makey2022');
    expect(printedId('power', 'page-references')).toBe('page-references');
  });
});

describe('a guidance page as part of the whole guide in a numeric style', () => {
  const html = printedBody(page, 'power', true);

  it('keeps its own reference list, made its own, and its citations lead there: "[1]" is the first work of that page', () => {
    expect(html).toContain('<div class="references"><h4 id="power--page-references">References</h4>');
    expect(html).toContain('<li id="power--ref-makey2022">');
    expect(html).toContain('<a href="#power--ref-makey2022" class="cite__link"');
  });
});
