/**
 * Content from any pull request, tried as a hostile contributor would: every
 * channel by which content reaches the build or a page (frontmatter text,
 * glossary definitions, topics.yaml, raw HTML, MDX imports, exports,
 * expressions and attributes, URLs with entity, case and whitespace tricks,
 * links and special files). Each case either stops with its exact message,
 * for the real reason, or builds with the input held inert. Most run the
 * content gate alone; the full builds show that nothing ran before the gate
 * stopped it, and that pages are sanitised whatever the gate let through.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect } from 'vitest';
import { allHtml, html, mdPage, page, type Case } from './cases.ts';

const plainText = 'It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.';
const holdsHtml = (at: string, field: string, markup: string) => `${at}: ${field} holds HTML (${markup}). ${plainText}`;
const runsCode = (at: string, url: string) => `${at}: A link to ${JSON.stringify(url)}, which would run code. Link to a page address (e.g. /guidance/power/) or a web address starting https://.`;
const note = "import Note from 'evidence-site/components/Note.astro'";
const notAComponent = (at: string, from: string) =>
  `${at}: This imports "${from}", which is not one of the site's content components, the only imports a content page may have: ${note}. Anything else belongs in src/, reviewed as code.`;
const isCode = (at: string, code: string) => `${at}: {${code}} is code, which would run when the site is built. Content pages hold text: write the words themselves (a literal { is written \\{).`;

/** Every event-handler attribute in a built page, read as a browser reads it. */
function handlers(text: string): string[] {
  const found: string[] = [];
  visit(fromHtml(text) as Root, 'element', (element: Element) => {
    for (const name of Object.keys(element.properties)) if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}>`);
  });
  return found;
}

export const untrustedContentCases: Case[] = [
  // Frontmatter text fields, glossary definitions and topics.yaml are plain text
  {
    name: 'html-in-guidance-frontmatter',
    via: 'gate',
    stops: [
      holdsHtml(`${mdPage}:2:8`, 'title', '<b>'),
      holdsHtml(`${mdPage}:3:10`, 'summary', '<script>'),
      holdsHtml(`${mdPage}:8:8`, 'owner', '<i>'),
      holdsHtml(`${mdPage}:10:5`, 'keyPoints[0]', '<img>'),
      holdsHtml(`${mdPage}:12:5`, 'learningOutcomes[0]', '<!--'),
      holdsHtml(`${mdPage}:14:5`, 'discussionQuestions[0]', '<a>'),
      holdsHtml(`${mdPage}:17:14`, 'changes[0].summary', '&amp;'),
    ],
  },
  {
    name: 'html-in-case-study-frontmatter',
    via: 'gate',
    stops: [
      holdsHtml('content/case-studies/a-shared-plan.mdx:9:10', 'setting', '<u>'),
      holdsHtml('content/case-studies/a-shared-plan.mdx:12:11', 'approach', '<style>'),
      holdsHtml('content/case-studies/a-shared-plan.mdx:13:11', 'location', '<meta>'),
      holdsHtml('content/case-studies/a-shared-plan.mdx:17:5', 'outcomes[0]', '<iframe>'),
    ],
  },
  {
    name: 'html-in-evidence-frontmatter',
    via: 'gate',
    stops: [
      holdsHtml('content/evidence/jones-2019-listening.mdx:11:10', 'setting', '<base>'),
      holdsHtml('content/evidence/jones-2019-listening.mdx:13:10', 'country', '&#38;'),
      holdsHtml('content/evidence/jones-2019-listening.mdx:15:8', 'sample.who', '<form>'),
      holdsHtml('content/evidence/jones-2019-listening.mdx:16:10', 'methods', '<object>'),
    ],
  },
  {
    // It used to fail only because its <img> had no alt text.
    name: 'script-in-glossary-definition',
    via: 'gate',
    stops: [
      holdsHtml('content/glossary/co-design.md:2:7', 'term', '<em>'),
      holdsHtml('content/glossary/co-design.md:3:12', 'expansion', '<b>'),
      holdsHtml('content/glossary/co-design.md:4:13', 'definition', '<script>'),
      holdsHtml('content/glossary/co-design.md:5:11', 'aliases[0]', '<i>'),
    ],
    never: ['no alt text'],
  },
  {
    name: 'html-in-topics-yaml',
    via: 'gate',
    stops: [holdsHtml('content/topics.yaml:2:10', 'title of the topic "basics"', '<marquee>'), holdsHtml('content/topics.yaml:3:12', 'summary of the topic "basics"', '&lt;')],
  },
  {
    // Quotes and angle brackets that are not markup pass the gate, and reach pages as text, in attributes too.
    name: 'frontmatter-text-stays-text',
    via: 'build',
    builds: (dist) => {
      const text = html(dist, 'guidance/listening-first/index.html');
      expect(text).toContain('<title>Fish &amp; chips &quot; onmouseover=&quot;alert(1) - ');
      expect(text).toContain('<li>A&lt;B testing&quot; autofocus onfocus=&quot;alert(1)</li>');
      expect(text).toContain('Fixture team&#39; onfocus=&#39;alert(1)');
      expect(text).toContain('javascript:alert(1) stay words on the page');
      for (const page of allHtml(dist)) expect(handlers(page)).toEqual([]);
    },
  },
  // Raw HTML in Markdown and MDX: stopped with the real reason
  { name: 'iframe-in-markdown', via: 'build', stops: [`${mdPage}:13:1: \`<iframe>\` is not allowed in content: link to the page instead.`] },
  {
    name: 'object-and-embed-in-markdown',
    via: 'gate',
    stops: [`${mdPage}:13:1: \`<object>\` is not allowed in content: link to the file instead.`, `${mdPage}:15:1: \`<embed>\` is not allowed in content: link to the file instead.`],
  },
  { name: 'style-element-in-markdown', via: 'gate', stops: [`${mdPage}:13:1: \`<style>\` is not allowed in content: pages take their look from the site's stylesheet. Remove it.`] },
  {
    name: 'meta-refresh-in-markdown',
    via: 'gate',
    stops: [`${mdPage}:13:1: \`<meta>\` is not allowed in content: a page cannot redirect readers or change its own settings. Remove it, and link to the other page instead.`],
  },
  { name: 'base-href-in-markdown', via: 'gate', stops: [`${mdPage}:13:1: \`<base>\` is not allowed in content: it would send every link on the page somewhere else. Remove it.`] },
  {
    name: 'form-posting-a-password',
    via: 'gate',
    stops: [
      `${mdPage}:13:1: \`<form>\` is not allowed in content: a page cannot collect what readers type. Link to the form instead.`,
      `${mdPage}:14:1: \`<input>\` is not allowed in content: a page cannot collect what readers type. Link to the form instead.`,
      `${mdPage}:15:1: \`<button>\` is not allowed in content: a page cannot collect what readers type. Link to the form instead.`,
    ],
  },
  {
    name: 'svg-with-script-in-markdown',
    via: 'gate',
    stops: [`${mdPage}:13:1: \`<svg>\` is not allowed in content: save the picture as a file in content/ and show it with ![what it shows](file.svg).`],
  },
  { name: 'iframe-in-mdx', via: 'gate', stops: [`${page}:13:1: \`<iframe>\` is not allowed in content: link to the page instead.`] },
  {
    // Comments are maintainers' notes and pass the gate; old browsers ran the script in this one. The page never holds it.
    name: 'conditional-comment-in-markdown',
    via: 'build',
    builds: (dist) => {
      const text = html(dist, 'guidance/listening-first/index.html');
      expect(text).toContain('More text.');
      expect(text).not.toContain('old browsers');
      expect(text).not.toContain('[if IE]');
    },
  },
  // MDX: a document, not a program
  {
    // This used to put the first line of /etc/passwd into the page.
    name: 'mdx-imports-node-fs',
    via: 'build',
    stops: [notAComponent(`${page}:11:1`, 'node:fs'), isCode(`${page}:13:38`, "readFileSync('/etc/passwd', 'utf8').s...")],
    never: ['root:x:0:0'],
  },
  {
    // This used to crash the build with a stack trace naming a route, not the file.
    name: 'mdx-imports-https-url',
    via: 'build',
    stops: [notAComponent(`${page}:11:1`, 'https://example.org/evil.js'), isCode(`${page}:13:28`, 'evil')],
    never: ['src/routes/', 'ERR_UNSUPPORTED_ESM_URL_SCHEME'],
  },
  { name: 'mdx-imports-file-outside-repo', via: 'gate', stops: [notAComponent(`${page}:11:1`, '../../../../../../../../../../etc/passwd')] },
  { name: 'mdx-imports-component-from-content', via: 'gate', stops: [notAComponent(`${page}:11:1`, '../components/Evil.astro')] },
  { name: 'mdx-import-path-trick', via: 'gate', stops: [notAComponent(`${page}:11:1`, '../../src/components/content/../EntryList.astro')] },
  { name: 'mdx-named-import-of-component', via: 'gate', stops: [`${page}:11:1: Import the component by its own name, and nothing else: ${note}.`] },
  {
    // This used to publish the build folder.
    name: 'mdx-export-const',
    via: 'build',
    stops: [
      `${page}:11:1: \`export\` is not allowed in content: a page cannot define values or code. Write the text in the page; anything else belongs in src/, reviewed as code.`,
      isCode(`${page}:13:23`, 'where'),
    ],
  },
  {
    // This used to print the build machine's home folder and Node version.
    name: 'mdx-expression-prints-environment',
    via: 'build',
    stops: [isCode(`${page}:13:10`, 'process.env.HOME'), isCode(`${page}:13:37`, 'process.version')],
  },
  {
    name: 'mdx-expression-in-attribute',
    via: 'gate',
    stops: [
      `${page}:13:1: label={process.cwd()} is code, which would run when the site is built. Write the value in quotes: label="...".`,
      // A literal is what it says: this one is a javascript: link.
      runsCode(`${page}:15:1`, 'javascript:alert(1)'),
    ],
  },
  {
    name: 'mdx-spread-attribute',
    via: 'gate',
    stops: [
      `${page}:13:1: {...{ onclick: 'alert(1)' }} (a spread attribute) is code, which would run when the site is built. Write each attribute out: name="value".`,
      `${page}:15:1: {...props} (a spread attribute) is code, which would run when the site is built. Write each attribute out: name="value".`,
    ],
  },
  // URLs: checked as the browser reads them, after entities are decoded
  { name: 'javascript-link-entity-encoded', via: 'gate', stops: [runsCode(`${mdPage}:13:1`, 'javascript:alert(1)'), runsCode(`${mdPage}:15:1`, 'javascript:alert(1)')] },
  { name: 'javascript-link-mixed-case', via: 'gate', stops: [runsCode(`${mdPage}:13:1`, 'JaVaScRiPt:alert(1)'), runsCode(`${mdPage}:15:1`, 'JAVASCRIPT:alert(1)')] },
  {
    name: 'javascript-link-whitespace-tricks',
    via: 'gate',
    stops: [runsCode(`${mdPage}:13:1`, 'java\tscript:alert(1)'), runsCode(`${mdPage}:15:1`, ' javascript:alert(1)'), runsCode(`${mdPage}:17:1`, 'java\nscript:alert(1)')],
  },
  { name: 'javascript-colon-entity', via: 'gate', stops: [runsCode(`${mdPage}:13:1`, 'javascript:alert(1)')] },
  {
    name: 'vbscript-and-data-urls',
    via: 'gate',
    stops: [
      runsCode(`${mdPage}:13:1`, 'vbscript:msgbox(1)'),
      runsCode(`${mdPage}:15:1`, 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'),
      runsCode(`${mdPage}:17:1`, 'data:text/html,<script>alert(1)</script>'),
    ],
  },
  {
    name: 'file-url-link',
    via: 'gate',
    stops: [`${mdPage}:13:1: A link to "file:///etc/passwd", which the site does not publish: a link is a page address (e.g. /guidance/power/) or a web address starting https://, http:// or mailto: (in lowercase).`],
  },
  { name: 'javascript-link-entity-in-mdx', via: 'gate', stops: [runsCode(`${page}:13:1`, 'javascript:alert(1)')] },
  // Files: nothing outside content/, no links, no special files
  {
    // This used to be read as a page with "no frontmatter".
    name: 'symlink-to-etc-passwd',
    fixture: { setUp: (content) => symlinkSync('/etc/passwd', join(content, 'guidance/passwd.md')) },
    via: 'build',
    stops: ['content/guidance/passwd.md:1:1: This is a symbolic link (to /etc/passwd), which the build does not follow: everything it publishes must be inside content/. Put the file itself here instead of a link.'],
    never: ['no frontmatter', 'root:x:0:0'],
  },
  {
    name: 'symlinked-folder',
    fixture: { setUp: (content) => symlinkSync('/etc', join(content, 'guidance/more')) },
    via: 'gate',
    stops: ['content/guidance/more:1:1: This is a symbolic link (to /etc), which the build does not follow'],
  },
  {
    // Reading a named pipe never ends: the build must stop without opening it.
    name: 'named-pipe-in-content',
    fixture: { setUp: (content) => execFileSync('mkfifo', [join(content, 'bibliography/more.bib')]) },
    via: 'build',
    stops: ['content/bibliography/more.bib:1:1: This is a named pipe, not a file. Only Markdown, MDX, YAML and bibliography files belong in content/: remove it.'],
  },
  {
    name: 'image-outside-content',
    via: 'gate',
    stops: [`${mdPage}:13:1: This image is outside content/ ("../../astro.config.mjs"): the build publishes only what content/ holds. Put the image in content/, beside the page, and link it from there.`],
  },
];
