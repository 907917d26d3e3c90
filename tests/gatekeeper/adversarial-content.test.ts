/**
 * The build as a gatekeeper: every mistake a maintainer can make in content/
 * either stops the build with a message naming the file, the line and the
 * fix, or builds with nothing dangerous on the page. Each case is a small
 * content tree (tests/gatekeeper/base-content/ with cases/<name>/content/
 * laid over it) built in isolation. The main categories go through a real
 * `astro build`; the rest run `npm run check`, the content checks the build
 * runs before anything else, with the same output.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allHtml, html, mdPage, page, type Case } from './cases.ts';
import { buildFixture, prepareFixture, projectRoot, type BuildResult, type Fixture } from './fixture-build.ts';
import { untrustedContentCases } from './untrusted-content.ts';

/** Runs `npm run check` in the fixture project: the content gate's checks, which the build runs first, with the same output. */
function runGate(fixture: Fixture): Promise<BuildResult> {
  const dir = prepareFixture(fixture);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', join(projectRoot, 'src/cli/evidence-site.ts'), 'check'], { cwd: dir });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ dir, exitCode: code ?? 1, output }));
  });
}

/** Two at a time: the machines that run this have two cores. */
const slots = { free: 2, waiting: [] as (() => void)[] };
async function limited<T>(run: () => Promise<T>): Promise<T> {
  if (slots.free === 0) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.free -= 1;
  try {
    return await run();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free += 1;
  }
}

const cases: Case[] = [
  // Frontmatter: YAML
  { name: 'yaml-colon-in-list-item', via: 'build', stops: [`${page}:11:5: keyPoints[1] has a colon`, 'Put the item in quotes: - "Note: write down what you heard."'] },
  { name: 'yaml-malformed', via: 'build', stops: [`${page}:2:1: The frontmatter is not valid YAML: Missing closing "quote`, 'Check that quotes are closed'] },
  { name: 'yaml-bad-indentation', via: 'gate', stops: [`${page}:11:1: The frontmatter is not valid YAML`, 'line up under each other'] },
  { name: 'topics-yaml-malformed', via: 'gate', stops: ['content/topics.yaml:4:3: The topics file is not valid YAML', 'Check that quotes are closed'] },
  { name: 'frontmatter-not-closed', via: 'gate', stops: [`${page}:1:1: The frontmatter that starts here is never closed. Add a line with just ---`] },
  // Frontmatter: fields, types and dates
  { name: 'missing-field', via: 'gate', stops: [`${page}:1:1: owner is missing. Add a line "owner: ..." (Team or role responsible`] },
  { name: 'misspelt-field', via: 'build', stops: [`${page}:3:1: "sumary" is not a field of a guidance page. Did you mean "summary"?`, `${page}:1:1: summary is missing`] },
  { name: 'wrong-type', via: 'gate', stops: [`${page}:9:8: order should be a number, not "first".`] },
  { name: 'unknown-topic', via: 'gate', stops: [`${page}:4:8: topic: Use one of the topic ids in content/topics.yaml: basics.`] },
  { name: 'case-study-wrong-enum', via: 'gate', stops: ['content/case-studies/a-shared-plan.mdx:10:10: sector[0]: Use one of the sector values in content/vocabularies.yaml: nhs, local-authority, not-stated.'] },
  // The site's own vocabularies (content/vocabularies.yaml)
  {
    name: 'vocabularies-yaml-misspelt',
    via: 'gate',
    stops: ['content/vocabularies.yaml:1:1: sector is missing. Add a line "sector: ..."', 'content/vocabularies.yaml:10:1: "sectors" is not a field of content/vocabularies.yaml. Did you mean "sector"?'],
  },
  {
    name: 'site-on-another-topic-without-forms',
    via: 'build',
    never: ['is not a field'],
    builds: (dist) => {
      const caseStudy = html(dist, 'case-studies/a-shared-plan/index.html');
      expect(caseStudy).toContain('<dt>Sector</dt> <dd>Care home</dd>');
      expect(caseStudy).not.toMatch(/<dt>Form/);
      // The facts list's items are words apart in the search index, not "englandyear2020".
      const words = Object.keys(JSON.parse(html(dist, 'pagefind/vocabulary.json')) as Record<string, number>);
      expect(words).toEqual(expect.arrayContaining(['england', 'shared', 'planning']));
      expect(words.filter((word) => /(?:setting|location|year|approach)./.test(word))).toEqual([]);
      const search = html(dist, 'search/index.html');
      expect(search).toContain('<legend>Who it is for</legend>');
      expect(search).toContain('value="residents-and-families">Residents and families');
      expect(search).not.toContain('name="form"');
      expect(html(dist, 'evidence/jones-2019-listening/index.html')).toContain('<dt>Kind of study</dt> <dd>Randomised controlled trial</dd>');
      expect(html(dist, 'evidence/jones-2019-listening/index.html')).toContain('randomised controlled trial, 240 residents');
      expect(html(dist, 'evidence-map/index.html')).toContain('<th scope="col">Randomised controlled trial</th>');
      expect(html(dist, 'index.html')).toContain('<p class="lede">How care homes prevent falls, with residents and families. Test content only.</p>');
      const guidance = html(dist, 'guidance/index.html');
      expect(guidance).toContain('<meta name="description" content="Guidance on preventing falls in care homes, by topic.">');
      expect(guidance).toContain('<p class="lede">What care home teams can do to prevent falls, grouped by topic.</p>');
      expect(html(dist, 'case-studies/index.html')).toContain('<p class="lede">Real examples from the evidence, with what happened');
    },
  },
  { name: 'impossible-date', via: 'build', stops: [`${page}:6:15: 2025-02-30 is not a real date. Check the day and the month`] },
  { name: 'quoted-date', via: 'gate', stops: [`${page}:6:15: lastReviewed must be a date written as YYYY-MM-DD (for example 2026-11-23), without quotes.`] },
  { name: 'review-before-last-reviewed', via: 'gate', stops: [`${page}:7:16: nextReviewDue must be after lastReviewed.`] },
  // Addresses
  {
    name: 'duplicate-slug',
    via: 'build',
    stops: [`${page}:9:1: This page has the address "working-together", which content/guidance/working-together.mdx already has`, 'Give this page its own slug'],
  },
  { name: 'bibtex-key-collides-with-route', via: 'gate', stops: ['content/bibliography/more.bib:1:1: The key "references" is taken by the site', '/references/references.bib', 'Choose another key.'] },
  // Citations and bibliography
  { name: 'unknown-citation-key', via: 'build', stops: [`${page}:11:29: Unknown citation key "@brown2018"`] },
  { name: 'unknown-citation-key-frontmatter', via: 'gate', stops: ['content/case-studies/a-shared-plan.mdx:15:22: Unknown citation key "smyth2020" in sources', 'Did you mean smith2020?'] },
  { name: 'bibtex-malformed', via: 'build', stops: ['content/bibliography/more.bib:1:1: Could not read entry "brown2018": a { in it is never closed.', 'Check that each field\'s value ends with }'] },
  { name: 'bibtex-duplicate-key', via: 'gate', stops: ['content/bibliography/works.bib:1:1: Entry "smith2020" is already defined in content/bibliography/more.bib. Keep one of them'] },
  {
    name: 'bibtex-unreadable-author',
    via: 'gate',
    stops: ['content/bibliography/more.bib:4:3: Entry "evil2021" has author names that could not be read. Write each name as "Surname, Given names"'],
  },
  {
    name: 'bibtex-html-in-fields',
    via: 'build',
    warns: ['content/bibliography/more.bib:2:24: This entry contains markup (<script>). Readers will see it as text', 'more.bib:4:24: This entry contains markup (<b>)'],
    builds: (dist) => {
      expect(html(dist, 'references/index.html')).toMatch(/Safe care (&lt;|&#x3C;)script(&gt;|>)alert/);
      expect(html(dist, 'guidance/listening-first/index.html')).toMatch(/Safe care (&lt;|&#x3C;)script/);
      expect(html(dist, 'references/index.html')).toMatch(/Mallory (&lt;|&#x3C;)script/);
      for (const text of allHtml(dist)) {
        expect(text).not.toMatch(/<script>alert|<b onmouseover/);
        // citeproc reads its own few formatting tags, without attributes (<i>, <b>, <sup>, <sub>), as
        // formatting, which cannot run code; the build warns about them. Every other tag is escaped.
        if (text.includes('Fixture <b>Press</b>')) expect(text).toMatch(/(&lt;|&#x3C;|&#60;)b onmouseover/);
      }
    },
  },
  // MDX
  { name: 'mdx-missing-import', via: 'build', stops: [`${page}:11:1: This imports "../../components/Chart.astro", which does not exist.`] },
  { name: 'mdx-undefined-component', via: 'build', stops: [`${page}:13:1: <Chart> is not a known component: this page does not import it.`] },
  { name: 'mdx-syntax-error', via: 'gate', stops: [`${page}:14:3: This MDX cannot be read: Expected a closing tag for \`<p>\``, 'Close every <tag> you open'] },
  // Code in content
  { name: 'script-in-markdown', via: 'build', stops: [`${mdPage}:13:1: A <script> element. Content pages cannot run code: remove it.`] },
  { name: 'script-in-mdx', via: 'gate', stops: [`${page}:13:1: A <script> element. Content pages cannot run code`] },
  { name: 'javascript-link-markdown', via: 'gate', stops: [`${mdPage}:13:6: A link to "javascript:alert(1)", which would run code.`] },
  { name: 'javascript-link-mdx', via: 'build', stops: [`${page}:13:6: A link to "javascript:alert(1)", which would run code.`] },
  { name: 'event-handler-in-markdown', via: 'gate', stops: [`${mdPage}:13:1: An event handler (onclick=). Content pages cannot run code`] },
  { name: 'event-handler-in-mdx', via: 'gate', stops: [`${page}:13:1: An event handler (onclick=). Content pages cannot run code`] },
  // Links and images
  { name: 'link-to-missing-page', via: 'build', stops: [`${page}:13:16: Link to "/guidance/shared-plans/" is broken: no page has the address /guidance/shared-plans/.`] },
  { name: 'link-to-missing-anchor', via: 'build', stops: [`${page}:13:25: Link to "/guidance/working-together/#start-togther" is broken: /guidance/working-together/ has no section with the id "start-togther". Did you mean #start-together?`] },
  { name: 'image-without-alt', via: 'build', stops: [`${page}:13:1: This image has no alt text.`] },
  { name: 'image-without-alt-html', via: 'gate', stops: [`${page}:13:1: This image has no alt text.`] },
  // Every kind at once: a bibliography problem no longer hides the rest.
  {
    name: 'three-mistakes-of-different-kinds',
    via: 'build',
    stops: [
      'content/bibliography/more.bib:1:1: Could not read entry "brown2018": a { in it is never closed.',
      `${page}:11:14: Unknown citation key "@smiht2020": no entry in content/bibliography/ has this key. Did you mean @smith2020?`,
      `${page}:11:49: Link to "/guidance/working-togther/" is broken: no page has the address /guidance/working-togther/. Did you mean /guidance/working-together/?`,
      '3 problems in 2 files:',
    ],
  },
  // Content that must build
  {
    name: 'international-names',
    via: 'build',
    builds: (dist) => {
      const references = html(dist, 'references/index.html');
      for (const text of ['Kochskämper, E.', 'Ó Dónaill, N.', '王', 'Ärztinnen und Ärzte', '共同生产与社区护理']) expect(references).toContain(text);
      // Sorted by surname as a reader expects: accents do not send Ó Dónaill to the end.
      const order = ['Jones', 'Kochskämper', 'Ó Dónaill', 'Smith'].map((name) => references.indexOf(name));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(html(dist, 'guidance/index.html')).toContain('Équipes et co-production across languages');
    },
  },
  {
    // Pages that need Astro's MDX compiler (components, <References />) go
    // through it, beside pages rendered from source (src/markdown/source-loader.ts).
    name: 'mdx-with-components',
    via: 'build',
    builds: (dist) => {
      const page = html(dist, 'guidance/listening-together/index.html');
      expect(page).toContain('<div class="note" role="note"><strong class="note__label">Try this:</strong> Ask what matters most.</div>');
      // Plain literals and comments are all the code MDX content may hold.
      expect(page).toContain('Write down what you heard in {curly braces} if you like.');
      expect(page).toMatch(/<a href="#ref-jones2019" id="cite-\d+" class="cite__link"/);
      expect(page.indexOf('id="page-references"')).toBeLessThan(page.indexOf('id="after-listening"'));
      expect(html(dist, 'guidance/working-together/index.html')).toMatch(/<a href="#ref-smith2020" id="cite-\d+" class="cite__link"/);
    },
  },
  {
    // A page with a local image goes through Astro's image pipeline, which
    // copies the image into the site, instead of being rendered from source.
    name: 'markdown-with-image',
    via: 'build',
    builds: (dist) => {
      const page = html(dist, 'guidance/a-ward-round/index.html');
      const src = /<img[^>]*src="([^"]+)"[^>]*alt="Two people talking on a ward"|<img[^>]*alt="Two people talking on a ward"[^>]*src="([^"]+)"/.exec(page);
      expect(src).not.toBeNull();
      const path = (src![1] ?? src![2])!;
      expect(path).toMatch(/^\/_astro\/ward-round\./);
      expect(existsSync(join(dist, path))).toBe(true);
      expect(page).toMatch(/<a href="#ref-jones2019" id="cite-\d+" class="cite__link"/);
    },
  },
  {
    name: 'empty-collection',
    fixture: { remove: ['case-studies'] },
    via: 'build',
    builds: (dist) => {
      expect(html(dist, 'case-studies/index.html')).toContain('There are no case studies yet.');
      expect(html(dist, 'index.html')).toContain('There are no case studies yet.');
    },
  },
  {
    name: 'huge-page',
    fixture: {
      generate: () => ({
        'guidance/huge.md': `---\ntitle: A very long page\nsummary: A page of about one megabyte of text, to show that size alone does not break the build.\ntopic: basics\naudience: [researchers]\nlastReviewed: 2026-01-10\nnextReviewDue: 2099-01-10\nowner: Fixture team\n---\n\n${Array.from({ length: 11_000 }, (_, i) => `Paragraph ${i} about working together with people who use services, at length.`).join('\n\n')}\n\nAs one book puts it [@smith2020].\n`,
      }),
    },
    via: 'build',
    builds: (dist) => {
      const text = html(dist, 'guidance/huge/index.html');
      expect(text).toContain('Paragraph 0 about');
      expect(text).toContain('Paragraph 10999 about');
    },
  },
];

async function runCase({ name, fixture, via, stops, never = [], warns = [], builds }: Case) {
  const result = await limited(() => (via === 'build' ? buildFixture : runGate)({ name, ...fixture }));
  const dist = join(result.dir, 'dist');
  for (const text of warns) expect(result.output).toContain(text);
  for (const text of never) expect(result.output).not.toContain(text);
  if (stops) {
    expect(result.exitCode, result.output).toBe(1);
    for (const text of stops) expect(result.output).toContain(text);
    // A failed build leaves no site that could be published by mistake.
    if (via === 'build') expect(existsSync(dist)).toBe(false);
    // The lines a maintainer needs and nothing else: no hook framing, error class, stack trace or place in src/ (advice may name a src/ file).
    expect(result.output).not.toMatch(/unhandled error|AstroUserError|AstroError|Stack trace|\n\s+at |src\/[\w/.-]+\.(?:ts|mjs|js|astro):\d+/);
  } else {
    expect(result.exitCode, result.output).toBe(0);
    builds?.(dist);
  }
}

describe('the build as a gatekeeper', () => {
  test('covers at least 25 bad inputs, each with its own fixture folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const folders = readdirSync(new URL('./cases/', import.meta.url));
    const all = [...cases, ...untrustedContentCases];
    for (const { name, fixture } of all) if (!fixture) expect(folders).toContain(name);
    expect(folders.filter((folder) => !all.some((c) => c.name === folder))).toEqual([]);
  });

  test.concurrent.each(cases)('$name', runCase, 600_000);
});

// Content arrives by pull request and pull requests are built: see untrusted-content.ts.
describe('content from a pull request runs no code and plants no markup', () => {
  test.concurrent.each(untrustedContentCases)('$name', runCase, 600_000);
});
