/** Where the built sites live and which pages they hold. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(projectRoot, 'dist');
export const basePathDistDir = join(projectRoot, 'dist-base-path');
export const testBasePath = '/kb/';

/** Every page in a built site as a URL path ("/", "/guidance/x/", "/404.html"). */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return pages.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`).sort();
}
