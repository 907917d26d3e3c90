import { describe, expect, it } from 'vitest';
import { scrollableTables } from '../../src/markdown/scrollable-tables.ts';
import { renderMarkdown } from './render.ts';

const run = (html: string) => renderMarkdown(html, { hastPlugins: [scrollableTables], html: true });

describe('scrollable tables', () => {
  it('wraps a table in a focusable region named by its column headings', async () => {
    expect(await run('<table><thead><tr><th>Domain</th><th>Meaning</th></tr></thead></table>')).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Table: Domain, Meaning"><table><thead><tr><th>Domain</th><th>Meaning</th></tr></thead></table></section>',
    );
  });

  it('names the region by the caption when there is one', async () => {
    expect(await run('<table><caption>Survey domains</caption><tr><th>Domain</th></tr></table>')).toContain('aria-label="Survey domains"');
  });

  it('wraps each table once, leaving other content alone', async () => {
    const html = await run('<p>Text</p><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>');
    expect(html.match(/class="table-scroll"/g)).toHaveLength(2);
    expect(html).toMatch(/^<p>Text<\/p>/);
    expect(html).toContain('aria-label="Table"');
  });
});
