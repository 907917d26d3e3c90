/** Where the built sites live and which pages they hold. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPages } from '../../src/links/check-links.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(projectRoot, 'dist');
export const basePathDistDir = join(projectRoot, 'dist-base-path');
export const testBasePath = '/kb/';

/** Every page in a built site as a URL path ("/", "/guidance/x/", "/404.html"). */
export function builtPages(dir: string): string[] {
  return [...htmlPages(dir).keys()].sort();
}
