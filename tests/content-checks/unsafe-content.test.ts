import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { unsafeContent } from '../../src/content-checks/unsafe-content.ts';

const check = (path: string, body: string) => unsafeContent({ path, source: `---\ntitle: x\n---\n${body}` }, process.cwd()).map(formatProblem);
const messages = (path: string, body: string) => check(path, body).map((line) => line.replace(/^[^:]+:\d+:\d+: /, ''));
const note = "import Note from 'evidence-site/components/Note.astro'";

describe('code in content', () => {
  it('finds javascript: links however they are disguised, and data: URLs', () => {
    expect(check('content/a.md', '[a](JavaScript:alert(1))\n\n<a href="java&#x09;script:alert(1)">b</a>\n\n![c](data:text/html,x)\n')).toHaveLength(3);
    expect(check('content/a.md', '[ref]: javascript:alert(1)\n\nSee [it][ref].\n')[0]).toContain('content/a.md:4:1: A link to "javascript:alert(1)"');
  });

  it.each([
    ['an entity for a letter', '<a href="&#106;avascript:alert(1)">x</a>', 'javascript:alert(1)'],
    ['an entity for the colon', '<a href="javascript&colon;alert(1)">x</a>', 'javascript:alert(1)'],
    ['mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', 'JaVaScRiPt:alert(1)'],
    ['a newline inside the scheme', '<a href="java\nscript:alert(1)">x</a>', 'java\\nscript:alert(1)'],
    ['a leading space', '<a href=" javascript:alert(1)">x</a>', ' javascript:alert(1)'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', 'vbscript:msgbox(1)'],
    ['a data: image', '<img alt="x" src="data:image/svg+xml,<svg onload=alert(1)>">', 'data:image/svg+xml,<svg onload=alert(1)>'],
  ])('reads a link with %s as the browser would', (_, html, url) => {
    expect(messages('content/a.md', `${html}\n`)).toEqual([`A link to "${url}", which would run code. Link to a page address (e.g. /guidance/power/) or a web address starting https://.`]);
  });

  it('allows only http, https and mailto among schemes, and relative addresses', () => {
    expect(check('content/a.md', '[a](https://example.org/) [b](http://example.org/) [c](mailto:team@example.org) [d](/guidance/power/) [e](#top) [f](../x/)\n')).toEqual([]);
    expect(messages('content/a.md', '[a](file:///etc/passwd) [b](ftp://example.org/)\n')).toEqual([
      'A link to "file:///etc/passwd", which the site does not publish: a link is a page address (e.g. /guidance/power/) or a web address starting https://, http:// or mailto: (in lowercase).',
      'A link to "ftp://example.org/", which the site does not publish: a link is a page address (e.g. /guidance/power/) or a web address starting https://, http:// or mailto: (in lowercase).',
    ]);
  });

  it('finds handlers and scripts in raw HTML inside Markdown, at the line they are on', () => {
    expect(check('content/a.md', 'Text.\n\n<div>\n<p>Fine</p>\n<img alt="x" src="x.png" onerror="alert(1)">\n</div>\n')).toEqual([
      'content/a.md:8:1: An event handler (onerror=). Content pages cannot run code: remove the onerror attribute.',
    ]);
  });

  it.each([
    ['<iframe src="https://example.org/"></iframe>', '`<iframe>` is not allowed in content: link to the page instead.'],
    ['<object data="x.swf"></object>', '`<object>` is not allowed in content: link to the file instead.'],
    ['<embed src="x.swf">', '`<embed>` is not allowed in content: link to the file instead.'],
    ['<style>body { display: none }</style>', "`<style>` is not allowed in content: pages take their look from the site's stylesheet. Remove it."],
    ['<meta http-equiv="refresh" content="0; url=https://example.org/">', '`<meta>` is not allowed in content: a page cannot redirect readers or change its own settings. Remove it, and link to the other page instead.'],
    ['<base href="https://example.org/">', '`<base>` is not allowed in content: it would send every link on the page somewhere else. Remove it.'],
    ['<svg>\n<script>alert(1)</script>\n</svg>', '`<svg>` is not allowed in content: save the picture as a file in content/ and show it with ![what it shows](file.svg).'],
    ['<marquee>Hello</marquee>', '`<marquee>` is not allowed in content: the site removes it when the page is built. Write it in Markdown, or remove it.'],
  ])('names the real reason for %s', (html, message) => {
    expect(messages('content/a.md', `Text.\n\n${html}\n`)).toEqual([message]);
  });

  it('reports a form and each of its fields, and attributes the site would remove', () => {
    expect(check('content/a.md', '<form action="https://example.org/steal" method="post">\n<input type="password" name="p">\n</form>\n\n<p style="color: red" class="x">Hi</p>\n')).toEqual([
      'content/a.md:4:1: `<form>` is not allowed in content: a page cannot collect what readers type. Link to the form instead.',
      'content/a.md:5:1: `<input>` is not allowed in content: a page cannot collect what readers type. Link to the form instead.',
      "content/a.md:8:1: A style attribute. Pages take their look from the site's stylesheet: remove style=.",
      'content/a.md:8:1: The attribute class="x" is not allowed on <p> in content: the site removes it when the page is built. Remove it.',
    ]);
  });

  it('names the code in an element that is not allowed, too', () => {
    expect(messages('content/a.mdx', '<button onClick="alert(1)">Click here</button>\n')).toEqual([
      '`<button>` is not allowed in content: a page cannot collect what readers type. Link to the form instead.',
      'An event handler (onclick=). Content pages cannot run code: remove the onclick attribute.',
    ]);
  });

  it('refuses images outside content/, whatever the path says', () => {
    expect(check('content/guidance/a.md', '![A chart](./chart.png) ![A photo](https://example.org/x.png)\n')).toEqual([]);
    expect(messages('content/guidance/a.md', '![Secret](../../../etc/shadow.png)\n\n![Config](../../src/../package.json)\n')).toEqual([
      'This image is outside content/ ("../../../etc/shadow.png"): the build publishes only what content/ holds. Put the image in content/, beside the page, and link it from there.',
      'This image is outside content/ ("../../src/../package.json"): the build publishes only what content/ holds. Put the image in content/, beside the page, and link it from there.',
    ]);
  });
});

describe('MDX is a document, not a program', () => {
  it("accepts the site's content components, plain literals, comments, safe links and plain HTML", () => {
    const body = `${note};\n\n<Note label="Try this:">Ask first.</Note>\n\nA brace: {'{'}, a space:{" "}and {/* a comment */}.\n\n<a href="https://example.org/">A site</a> and [a page](/guidance/power/).\n\n<References />\n`;
    expect(check('content/guidance/a.mdx', body)).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'This imports "node:fs", which is not one of the site\'s content components'],
    ["import data from 'https://example.org/evil.js';", 'This imports "https://example.org/evil.js", which is not one of'],
    ["import passwd from '../../../../../../etc/passwd';", 'This imports "../../../../../../etc/passwd", which is not one of'],
    ["import Layout from '../../src/layouts/PageLayout.astro';", 'This imports "../../src/layouts/PageLayout.astro", which is not one of'],
    ["import Sneaky from '../../src/components/content/../EntryList.astro';", 'This imports "../../src/components/content/../EntryList.astro", which is not one of'],
    ["import Note from '/etc/passwd';", 'This imports "/etc/passwd", which is not one of'],
    ["import Chart from '../../components/Chart.astro';", 'This imports "../../components/Chart.astro", which does not exist.'],
  ])('refuses %s', (line, message) => {
    const [problem] = check('content/guidance/a.mdx', `${line}\n\nText.\n`);
    expect(problem).toContain(`content/guidance/a.mdx:4:1: ${message}`);
    expect(problem).toContain(`${note}.`);
  });

  it('asks for the component by its own name', () => {
    expect(messages('content/guidance/a.mdx', "import Callout from 'evidence-site/components/Note.astro';\nimport { Note } from 'evidence-site/components/Note.astro';\n")).toEqual([
      `Import the component by its own name, and nothing else: ${note}.`,
      `Import the component by its own name, and nothing else: ${note}.`,
    ]);
  });

  it('refuses exports, at their own line', () => {
    expect(check('content/guidance/a.mdx', `${note};\nexport const where = process.cwd();\n\n{where}\n`)).toEqual([
      'content/guidance/a.mdx:5:1: `export` is not allowed in content: a page cannot define values or code. Write the text in the page; anything else belongs in src/, reviewed as code.',
      'content/guidance/a.mdx:7:1: {where} is code, which would run when the site is built. Content pages hold text: write the words themselves (a literal { is written \\{).',
    ]);
  });

  it('refuses expressions in text and in attributes, and spread attributes', () => {
    expect(check('content/guidance/a.mdx', `${note};\n\nHome: {process.env.HOME}, Node {process.version}.\n\n<Note label={process.cwd()} {...{ onclick: 'alert(1)' }}>x</Note>\n`)).toEqual([
      'content/guidance/a.mdx:6:7: {process.env.HOME} is code, which would run when the site is built. Content pages hold text: write the words themselves (a literal { is written \\{).',
      'content/guidance/a.mdx:6:32: {process.version} is code, which would run when the site is built. Content pages hold text: write the words themselves (a literal { is written \\{).',
      'content/guidance/a.mdx:8:1: label={process.cwd()} is code, which would run when the site is built. Write the value in quotes: label="...".',
      "content/guidance/a.mdx:8:1: {...{ onclick: 'alert(1)' }} (a spread attribute) is code, which would run when the site is built. Write each attribute out: name=\"value\".",
    ]);
  });

  it('reads a literal in an attribute as the value it is', () => {
    expect(messages('content/guidance/a.mdx', `<a href={'javascript:alert(1)'}>x</a> <a href={"java\\u0073cript:alert(1)"}>y</a> <iframe src="https://example.org/" />\n`)).toEqual([
      'A link to "javascript:alert(1)", which would run code. Link to a page address (e.g. /guidance/power/) or a web address starting https://.',
      'A link to "javascript:alert(1)", which would run code. Link to a page address (e.g. /guidance/power/) or a web address starting https://.',
      '`<iframe>` is not allowed in content: link to the page instead.',
    ]);
  });

  it('names a component used without an import', () => {
    expect(check('content/a.mdx', '<Chart.Bar />\n')).toEqual([
      'content/a.mdx:4:1: <Chart.Bar> is not a known component: this page does not import it. Add an import line at the top of the page, or remove <Chart.Bar>.',
    ]);
  });
});
