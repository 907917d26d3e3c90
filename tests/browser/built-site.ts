/** Where the built sites live, which pages they hold, and how to build another. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPages } from '../../src/links/check-links.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(projectRoot, 'dist');
export const basePathDistDir = join(projectRoot, 'dist-base-path');
export const testBasePath = '/kb/';
/** The base-path build also has a public address, so it carries canonical links, Open Graph and full addresses. */
export const testSiteUrl = 'https://kb.example.org';
/** The Harvard build says it was built on this day, after every page's review is due, so every content page shows its notice. */
export const laterBuildDay = new Date('2100-01-01');
export const laterBuildStyle = 'harvard';
/** The site built in each citation style besides the default (APA, in dist/). */
export const otherStyles = ['harvard', 'vancouver'] as const;
export const styleDistDir = (style: (typeof otherStyles)[number]) => join(projectRoot, `dist-${style}`);

/** Every page in a built site as a URL path ("/", "/guidance/x/", "/404.html"). */
export function builtPages(dir: string): string[] {
  return [...htmlPages(dir).keys()].sort();
}

/** Runs `astro build` into `outDir` with extra environment variables and flags; throws with Astro's output if it fails. */
export function buildSite(outDir: string, env: Record<string, string> = {}, flags: string[] = []): void {
  const built = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir, ...flags], {
    cwd: projectRoot,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`The build into ${outDir} failed:\n${built.stdout}\n${built.stderr}`);
}
