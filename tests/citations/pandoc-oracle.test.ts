/**
 * pandoc is the reference implementation of the citation syntax the site
 * promises, so it is the oracle: every case in pandoc-oracle/cases/ (every
 * example of the citation section of pandoc's manual, and more) is rendered
 * by pandoc 2.17 and by the site's pipeline with the same CSL file, the same
 * works (pandoc-oracle/works.json) and the en-GB locale, and the in-text
 * citations and reference lists must read the same, white space aside.
 * Where pandoc 2.17 is wrong, the case is in pandoc-oracle/differences.ts
 * with the reason, and must still differ (an entry is removed when pandoc
 * and the site agree).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/citations/citation-js.ts';
import { citationsPlugin } from '../../src/citations/citations-plugin.ts';
import { loadStyle } from '../../src/citations/styles.ts';
import { renderMarkdown } from '../markdown/render.ts';
import { citationContext } from './context.ts';
import { differences } from './pandoc-oracle/differences.ts';

const folder = new URL('./pandoc-oracle/', import.meta.url);
const worksPath = fileURLToPath(new URL('works.json', folder));
const works: CslItem[] = JSON.parse(readFileSync(worksPath, 'utf8'));
const bibliography = { items: new Map(works.map((work) => [work.id, work])), fileOf: new Map<string, string>() };
const cases = readdirSync(new URL('cases/', folder)).filter((name) => name.endsWith('.md')).sort();
const source = (name: string) => readFileSync(new URL(`cases/${name}`, folder), 'utf8');

function pandocVersion(): string {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
  } catch {
    throw new Error('pandoc is not installed: the citation tests use it as their reference. Install it with `sudo apt-get install -y pandoc` (Debian 12 ships 2.17, the version the expected differences are for).');
  }
}

/**
 * An element's text as a reader sees it: a citation without its hidden
 * preview, a numbered entry's number set apart, a reference without its
 * links back to the citations (the site's, not the style's).
 */
const textOf = (node: Element): string => {
  let text = '';
  visit(node, (child) => {
    const classes = child.type === 'element' ? ((child.properties['className'] as string[] | undefined) ?? []) : [];
    if (classes.includes('cite__preview') || classes.includes('references__backlinks')) return 'skip';
    if (classes.includes('csl-right-inline')) text += ' ';
    if (child.type === 'text') text += child.value;
    return undefined;
  });
  return text.replace(/\s+/g, ' ').trim();
};

/** The text of every in-text citation and of every reference-list entry, in order. */
function readings(html: string): { citations: string[]; references: string[] } {
  const citations: string[] = [];
  const references: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (element) => {
    const classes = (element.properties['className'] as string[] | undefined) ?? [];
    if (classes.includes('citation')) {
      citations.push(textOf(element));
      return 'skip';
    }
    if (classes.includes('csl-entry') || (element.tagName === 'li' && String(element.properties['id'] ?? '').startsWith('ref-'))) {
      references.push(textOf(element));
      return 'skip';
    }
    return undefined;
  });
  return { citations, references };
}

/** The built-in styles, and two CSL files loaded as a maintainer's from content/styles/ would be. */
const styles = ['apa', 'harvard', 'vancouver', 'chicago-author-date.csl', 'ieee.csl'] as const;
const styleFiles = fileURLToPath(new URL('styles/', folder));

describe('citations, against pandoc 2.17', () => {
  const styleDir = mkdtempSync(join(tmpdir(), 'kb-csl-'));

  it('runs pandoc 2.17, the version the expected differences are for', () => {
    expect(pandocVersion()).toMatch(/^pandoc 2\.17\b/);
  });

  it.each(styles)('renders every case as pandoc does (%s)', { timeout: 180_000 }, async (style) => {
    const info = loadStyle(style, styleFiles);
    const cslPath = join(styleDir, style.endsWith('.csl') ? style : `${style}.csl`);
    writeFileSync(cslPath, info.xml);
    const context = citationContext(bibliography, info);
    const plugins = { mdastPlugins: [citationsPlugin({ context: () => context })] };
    const mismatches: string[] = [];
    const explained = new Set<(typeof differences)[number]>();
    for (const name of cases) {
      const pandoc = readings(execFileSync('pandoc', ['--citeproc', '--csl', cslPath, '--bibliography', worksPath, '-M', 'lang=en-GB', '-f', 'markdown', '-t', 'html'], { input: source(name), encoding: 'utf8' }));
      const ours = readings(await renderMarkdown(source(name), plugins));
      for (const part of ['citations', 'references'] as const) {
        if (JSON.stringify(ours[part]) === JSON.stringify(pandoc[part])) continue;
        const difference = differences.find((entry) => entry.styles.includes(style) && entry.part === part && (entry.case === '*' || entry.case === name));
        if (difference) explained.add(difference);
        else mismatches.push(`${name} (${style}, ${part}):\n  pandoc: ${JSON.stringify(pandoc[part])}\n  site:   ${JSON.stringify(ours[part])}`);
      }
    }
    for (const difference of differences.filter((entry) => entry.styles.includes(style) && !explained.has(entry))) mismatches.push(`${difference.case} (${style}, ${difference.part}) now matches pandoc: remove it from differences.ts.`);
    expect(mismatches).toEqual([]);
  });
});
