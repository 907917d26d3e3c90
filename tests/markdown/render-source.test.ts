import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryBody, renderSource } from '../../src/markdown/render-source.ts';

const fixture = (name: string, source: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'kb-source-')), name);
  writeFileSync(path, source);
  return relative(process.cwd(), path);
};

describe('entryBody', () => {
  it('blanks the frontmatter, keeping its lines so positions match the file', () => {
    const path = fixture('page.md', '---\ntitle: Power\n---\n\n## Power\n');
    expect(entryBody(path)).toBe('\n\n\n\n## Power\n');
  });
});

describe('renderSource', () => {
  it("renders a page through the site's pipeline: citations, their reference list and heading anchors", async () => {
    const path = fixture('page.md', '---\ntitle: Power\n---\n\n## Who holds power\n\nStaff said so [@webb2021].\n');
    const html = await renderSource(path);
    expect(html).toContain('<h2 id="who-holds-power"');
    expect(html).toMatch(/<span class="citation">\(<span class="cite"><a href="#ref-webb2021"/);
    expect(html).toContain('id="page-references"');
  });

  it('names the file and line of an unknown citation', async () => {
    const path = fixture('page.md', '---\ntitle: Power\n---\n\nStaff said so [@nobody2099].\n');
    await expect(renderSource(path)).rejects.toThrow(new RegExp(`${path.replace(/[.\\]/g, '\\$&')}:5:`));
  });
});
