import { afterEach, describe, expect, it } from 'vitest';
import evidenceSite from '../src/integration.ts';
import { setSiteConfig, siteConfig } from '../src/config/site-config.ts';

describe('evidenceSite()', () => {
  const before = { telemetry: process.env['ASTRO_TELEMETRY_DISABLED'], config: siteConfig() };
  afterEach(() => {
    setSiteConfig(before.config);
    if (before.telemetry === undefined) delete process.env['ASTRO_TELEMETRY_DISABLED'];
    else process.env['ASTRO_TELEMETRY_DISABLED'] = before.telemetry;
  });

  it("turns Astro's telemetry off, so a site's scripts need no environment variable", () => {
    delete process.env['ASTRO_TELEMETRY_DISABLED'];
    const integration = evidenceSite({ title: before.config.title, description: before.config.description, organisation: before.config.organisation });
    expect(integration.name).toBe('evidence-site');
    expect(process.env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  });
});
