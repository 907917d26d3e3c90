import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { unsafeContent } from '../../src/content-checks/unsafe-content.ts';

const check = (path: string, body: string) => unsafeContent({ path, source: `---\ntitle: x\n---\n${body}` }, process.cwd()).map(formatProblem);

describe('code in content', () => {
  it('finds javascript: links however they are disguised, and data: URLs', () => {
    expect(check('content/a.md', '[a](JavaScript:alert(1))\n\n<a href="java&#x09;script:alert(1)">b</a>\n\n![c](data:text/html,x)\n')).toHaveLength(3);
    expect(check('content/a.md', '[ref]: javascript:alert(1)\n\nSee [it][ref].\n')[0]).toContain('content/a.md:4:1: A link to "javascript:alert(1)"');
  });

  it('finds handlers and scripts in raw HTML inside Markdown, at the line they are on', () => {
    expect(check('content/a.md', 'Text.\n\n<div>\n<p>Fine</p>\n<img alt="x" src="x.png" onerror="alert(1)">\n</div>\n')).toEqual([
      'content/a.md:8:1: An event handler (onerror=). Content pages cannot run code: remove the onerror attribute.',
    ]);
  });

  it('accepts imported components, safe links and plain HTML in MDX', () => {
    const body = "import Chart from '../src/components/EntryList.astro';\n\n<Chart entries={[]} />\n\n<a href=\"https://example.org/\">A site</a> and [a page](/guidance/power/).\n\n<References />\n";
    expect(check('content/a.mdx', body)).toEqual([]);
  });

  it('names a component used without an import', () => {
    expect(check('content/a.mdx', '<Chart.Bar />\n')).toEqual([
      'content/a.mdx:4:1: <Chart.Bar> is not a known component: this page does not import it. Add an import line at the top of the page, or remove <Chart.Bar>.',
    ]);
  });
});
