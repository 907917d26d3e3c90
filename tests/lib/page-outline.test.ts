import { describe, expect, it } from 'vitest';
import { pageSections, splitTrailingReferenceList } from '../../src/lib/page-outline.ts';

const references = '<section class="references" aria-labelledby="page-references" data-pagefind-ignore=""><h2 id="page-references">References</h2><ul class="references__list"><li id="ref-a">A.</li></ul></section>';

describe('a page outline', () => {
  it('lists the h2s with ids, at any depth, by their text without a citation preview', () => {
    const html =
      '<div class="heading-wrapper"><h2 id="why">Why <a href="/glossary/x/">power</a> matters</h2><a class="heading-anchor" href="#why">#</a></div>' +
      '<h2>No id</h2><h3 id="deeper">Not a section</h3>' +
      '<section><h2 id="cited">Cited <span class="cite"><a href="#ref-a">(A, 2020)</a><span class="cite__preview">A. (2020). Title.</span></span></h2></section>';
    expect(pageSections(html)).toEqual([
      { id: 'why', text: 'Why power matters' },
      { id: 'cited', text: 'Cited (A, 2020)' },
    ]);
  });

  it('reads each heading whole: its attributes, entities and markup, however long the page around it', () => {
    const filler = '<p>Text &amp; more.</p>'.repeat(1000);
    const html = `${filler}<h2 class="x" id="a&amp;b">Costs &amp; <em>benefits</em></h2>${filler}<H2 ID="upper">Upper case</H2 >${filler}<h2>No id</h2>`;
    expect(pageSections(html)).toEqual([
      { id: 'a&b', text: 'Costs & benefits' },
      { id: 'upper', text: 'Upper case' },
    ]);
  });

  it('splits off the reference list the citations plugin appended at the end', () => {
    const content = '<h2 id="a">A</h2><p>Text.</p>\n';
    expect(splitTrailingReferenceList(`${content}${references}\n`)).toEqual({ content, references: `${references}\n` });
  });

  it('leaves a reference list the page placed itself, with text after it, where it is', () => {
    const html = `<p>Text.</p>${references}<h2 id="after">After listening</h2><p>More.</p>`;
    expect(splitTrailingReferenceList(html)).toEqual({ content: html, references: '' });
  });

  it('leaves a page without references as it is', () => {
    expect(splitTrailingReferenceList('<p>Text.</p>')).toEqual({ content: '<p>Text.</p>', references: '' });
  });
});
