import { describe, expect, it } from 'vitest';
import { parseSiteConfig, SiteConfigError } from '../../src/config/site-config.ts';

const settings = { title: 'A guide', description: 'A guide to something.', organisation: 'A publisher' };

describe('the settings a site gives evidenceSite()', () => {
  it('refuses a value as the site’s to fix, naming the setting, where it came from and what to write', () => {
    const refusal = (env: Record<string, string>, input = settings) => {
      try {
        parseSiteConfig(input, env);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const fromConfig = refusal({}, { ...settings, citationStyle: 'Harvard' } as typeof settings);
    expect(fromConfig).toBeInstanceOf(SiteConfigError);
    expect((fromConfig as Error).message.split('\n')).toEqual([
      'The settings given to evidenceSite() in astro.config.mjs are not valid:',
      '  - citationStyle: Write "apa", "harvard", "vancouver", or the name of a .csl file in content/styles/ (e.g. "nature.csl").',
      'Fix the values above; the evidence-site package\'s README.md ("Configuration") explains each one.',
    ]);
    expect((refusal({ CITATION_STYLE: 'Harvard' }) as Error).message).toContain('  - citationStyle (from CITATION_STYLE): Write "apa"');
  });

  it('takes BASE_PATH, SITE_URL and CITATION_STYLE from the environment over the settings', () => {
    const config = parseSiteConfig({ ...settings, citationStyle: 'apa' } as typeof settings, { BASE_PATH: '/kb/', SITE_URL: 'https://example.org', CITATION_STYLE: 'vancouver' });
    expect([config.basePath, config.siteUrl, config.citationStyle]).toEqual(['/kb/', 'https://example.org', 'vancouver']);
  });
});
