/**
 * Every built page is valid HTML by html-validate's recommended rules, as
 * configured in .htmlvalidate.mjs (which says why any rule is off). Needs
 * only the built site, not a browser.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/links/check-links.ts';
import { distDir } from './built-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = [...htmlPages(distDir)].sort(([a], [b]) => a.localeCompare(b));

describe('every built page', () => {
  it.each(pages)('%s is valid HTML', async (_page, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) => result.messages);
    const errors = messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    expect(errors).toEqual([]);
  });
});
