/**
 * Serves the built site (dist/, from `npm run build`) and a second build of
 * it under a base path, for every browser test file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasChromium, missingChromiumMessage } from './chromium.ts';
import { basePathDistDir, buildSite, distDir, testBasePath } from './built-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: boolean;
    siteOrigin: string;
    basePathOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!hasChromium) {
    if (process.env.CI) throw new Error(missingChromiumMessage);
    console.warn(`\nSkipping browser tests. ${missingChromiumMessage}\n`);
    project.provide('chromium', false);
    project.provide('siteOrigin', '');
    project.provide('basePathOrigin', '');
    return;
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('Browser tests run against the built site, and dist/ has none. Run `npm run build` first.');
  }

  buildSite(basePathDistDir, { BASE_PATH: testBasePath });

  const servers: RunningServer[] = [await serveStatic(distDir), await serveStatic(basePathDistDir, testBasePath)];
  project.provide('chromium', true);
  project.provide('siteOrigin', servers[0]!.origin);
  project.provide('basePathOrigin', servers[1]!.origin);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
