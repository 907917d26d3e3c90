import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/glossary/match.ts';
import { contentPipeline } from '../../src/markdown/pipeline.ts';
import { renderBody } from '../../src/markdown/render-source.ts';
import { sanitiseHtml } from '../../src/security/sanitise-html.ts';
import { citationContext, fixtureBibliography } from '../citations/context.ts';
import { renderMarkdown } from '../markdown/render.ts';

const context = citationContext(fixtureBibliography());
const pipeline = contentPipeline({
  citations: { context: () => context },
  glossary: { matcher: () => termMatcher([{ id: 'co-production', phrases: ['Co-production'] }]), href: (id) => `/glossary/${id}/` },
  base: '/kb/',
});

/** Properties (hast names) whose value a browser follows or loads. */
const urlProperties = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'cite', 'longDesc', 'data', 'codeBase', 'ping', 'manifest', 'icon']);

/** Everything a reader's browser would treat as code or as leaving the page, found the way the browser parses it. */
function dangers(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (element: Element) => {
    if (['script', 'iframe', 'object', 'embed', 'base', 'form', 'meta', 'style', 'link', 'frame'].includes(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      // The one style the site writes: a table column's alignment.
      if (name === 'style' && !(/^t[dh]$/.test(element.tagName) && /^text-align: (left|center|right)$/.test(String(value)))) found.push(`style="${String(value)}"`);
      if (!urlProperties.has(name)) continue;
      const url = String(Array.isArray(value) ? value.join(' ') : value);
      // After the parser has decoded entities, as the browser sees it: whitespace and controls are ignored in a scheme.
      if (/^(?:javascript|vbscript|data):/i.test(url.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`${name}="${url}"`);
    }
  });
  return found;
}

describe('the sanitiser', () => {
  it("keeps all the markup the site's pipeline writes: headings, tables, citations, references, footnotes, glossary links, task lists", async () => {
    const page = [
      '## Sharing *power*',
      'Makey and colleagues wrote about it [@makey2022, p. 3]. Co-production shares power[^1]. See [the guide](/guidance/power/) or [write](mailto:team@example.org).',
      '| Left | Right |\n|:--|--:|\n| 1 | 2 |',
      '- [ ] to do\n- [x] done',
      '```js\nlet x;\n```',
      '![A chart](https://example.org/chart.png "Chart")',
      '> Quoted ~~struck~~ **bold** `code`',
      '[^1]: A footnote.',
    ].join('\n\n');
    const html = await renderMarkdown(page, pipeline);
    expect(html).toContain('class="cite__preview" role="tooltip" data-pagefind-ignore');
    expect(html).toContain('style="text-align: right"');
    // Nothing removed: the same as the page parsed and written back, with the same references.
    expect(sanitiseHtml(html)).toBe(toHtml(fromHtml(html, { fragment: true }), { characterReferences: { useNamedReferences: true } }));
  });

  it('keeps the markup of the content components and of images from the image pipeline', () => {
    const html = '<div class="note" role="note"><strong class="note__label">Try this:</strong> Ask.</div><img src="/_astro/x.hash.webp" alt="A ward" width="800" height="600" loading="lazy" decoding="async">';
    expect(sanitiseHtml(html)).toBe(html);
  });

  it.each([
    ['<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['<img src="x.png" alt="x" onerror="alert(1)">', '<img src="x.png" alt="x">'],
    ['<a href="jav&#x09;ascript:alert(1)">a</a><a href="JAVASCRIPT:alert(1)">b</a><a href="data:text/html,x">c</a>', '<a>a</a><a>b</a><a>c</a>'],
    ['<iframe src="https://example.org/">fallback</iframe><object data="x"><embed src="x"></object>', ''],
    ['<meta http-equiv="refresh" content="0;url=https://example.org/"><base href="https://example.org/"><style>p{}</style>', ''],
    ['<form action="https://example.org/"><label>Password</label></form><p action="javascript:alert(1)">x</p>', 'Password<p>x</p>'],
    ['<p style="position:fixed;inset:0" class="cite__preview">x</p>', '<p>x</p>'],
    ['<span class="cite evil">x</span>', '<span class="cite">x</span>'],
  ])('makes %s safe', (input, output) => {
    expect(sanitiseHtml(input)).toBe(output);
  });

  it('keeps ids as written: readers link to them', () => {
    expect(sanitiseHtml('<h2 id="in-practice">In practice</h2>')).toBe('<h2 id="in-practice">In practice</h2>');
  });
});

/** Pieces hostile content is made of: tags, attributes, URL tricks and Markdown around them. */
const tags = ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'form', 'input', 'style', 'svg', 'math', 'img', 'a', 'div', 'span', 'template', 'noscript', 'textarea', 'title', 'xmp', 'link', 'frame', 'video', 'details'];
const attributeNames = ['onclick', 'OnLoad', 'onerror', ' onmouseover', 'href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'style', 'http-equiv', 'content', 'class', 'id', 'data-x', 'poster', 'background'];
const schemes = ['javascript:', 'JaVaScRiPt:', 'java\tscript:', 'java&#x09;script:', '&#106;avascript:', 'javascript&colon;', ' javascript:', '\u0001javascript:', 'vbscript:', 'data:text/html,', 'data:image/svg+xml,', 'https://', 'mailto:', '/', '#'];
const url = fc.tuple(fc.constantFrom(...schemes), fc.constantFrom('alert(1)', '//example.org/x', '<svg onload=alert(1)>', 'x"onmouseover="alert(1)')).map(([scheme, rest]) => scheme + rest);
const value = fc.oneof(url, fc.constantFrom('refresh', '0;url=javascript:alert(1)', 'alert(1)', 'x', ''));
const quote = fc.constantFrom('"', "'", '');
const attribute = fc.tuple(fc.constantFrom(...attributeNames), quote, value).map(([name, q, v]) => ` ${name}=${q}${q ? v.replaceAll(q, '') : v.replace(/[\s>]/g, '')}${q}`);
const tag = fc.tuple(fc.constantFrom(...tags), fc.array(attribute, { maxLength: 3 }), fc.boolean(), fc.constantFrom('', 'text', 'alert(1)', '<b>bold</b>')).map(([name, attributes, close, inner]) => `<${name}${attributes.join('')}>${inner}${close ? `</${name}>` : ''}`);
const markdown = fc.oneof(
  tag,
  url.map((u) => `[link](${u.replace(/[\s()]/g, '')})`),
  url.map((u) => `![image](${u.replace(/[\s()]/g, '')})`),
  url.map((u) => `<${u.replace(/[\s<>]/g, '')}>`),
  url.map((u) => `[ref]: ${u.replace(/\s/g, '')}\n\nSee [it][ref].`),
  fc.constantFrom('Plain text.', '## A heading', '- a list item', '`<script>alert(1)</script>`', '<!-- <script>alert(1)</script> -->', '<![CDATA[<script>alert(1)</script>]]>', '\n\n', '> quote', '| a |\n|---|\n| <script>x</script> |', '&lt;script&gt;', '</p><script>', '<'),
);
const fragment = fc.array(fc.tuple(markdown, fc.constantFrom(' ', '\n', '\n\n')), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([part, separator]) => part + separator).join(''));

describe('whatever content holds, rendered pages hold no code', () => {
  it('Markdown and raw HTML through the site pipeline never produce script, handlers, code URLs, frames, forms, <base> or <meta>', async () => {
    await fc.assert(
      fc.asyncProperty(fragment, async (source) => {
        expect(dangers(await renderBody(source, pathToFileURL('content/guidance/property.md')))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('HTML from any renderer (MDX pages, components) never does after sanitising', () => {
    fc.assert(
      fc.property(fc.array(tag, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')), (html) => {
        expect(dangers(sanitiseHtml(html))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
