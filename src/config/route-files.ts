/**
 * The generator's pages: every .astro file and every endpoint module (.ts
 * here, .js once compiled into the package) under src/routes/ is injected as
 * a route (src/integration.ts), at the address Astro would give
 * it in a site's own src/pages/ (guidance/[...slug].astro is
 * /guidance/[...slug], index.astro is its folder's address). Injected, they
 * are the same in this repository as in a site that installs the generator.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RouteFile {
  /** Astro's route pattern, e.g. "/guidance/[...slug]" or "/". */
  pattern: string;
  /** The file, absolute. */
  entrypoint: string;
}

const route = /\.(?:astro|ts|js)$/;

export function routeFiles(routesDir: string): RouteFile[] {
  return (readdirSync(routesDir, { recursive: true }) as string[])
    .filter((file) => route.test(file) && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => ({
      pattern: `/${file.replace(route, '').replace(/(?:^|\/)index$/, '')}`,
      entrypoint: join(routesDir, file),
    }));
}
