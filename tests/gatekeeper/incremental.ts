/** Builds again after an edit, and compares with a cold build of the same content (incremental-build.test.ts, printed-in-parts.test.ts). */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildIn, type BuildResult } from './fixture-build.ts';

/** Every file under `dir`, path and bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((path) => statSync(join(dir, path)).isFile()).sort();
  return new Map(files.map((path) => [path, readFileSync(join(dir, path))]));
}

/** The pages Astro rendered in a build (a page it copied is logged "(cached)" or "(restored)"). */
export const rendered = ({ output }: BuildResult) => new Set([...output.matchAll(/[├└]─ (\S+)(.*)$/gm)].filter(([, , rest]) => !/\((?:cached|restored)\)/.test(rest!)).map(([, path]) => path!));
export const reused = ({ output }: BuildResult) => new Set([...output.matchAll(/[├└]─ (\S+).*\((?:cached|restored)\)/gm)].map(([, path]) => path!));

const caches = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** A cold build of the project as it stands, with the incremental build's caches moved aside and put back: its site. */
async function coldSite(dir: string, env: Record<string, string>): Promise<Map<string, Buffer>> {
  for (const cache of caches) if (existsSync(join(dir, cache))) renameSync(join(dir, cache), join(dir, `${cache}.kept`));
  try {
    const reference = await buildIn(dir, env);
    expect(reference.exitCode, reference.output).toBe(0);
    expect(reused(reference).size).toBe(0);
    return tree(join(dir, 'dist'));
  } finally {
    for (const cache of caches) {
      rmSync(join(dir, cache), { recursive: true, force: true });
      if (existsSync(join(dir, `${cache}.kept`))) renameSync(join(dir, `${cache}.kept`), join(dir, cache));
    }
  }
}

/** The files of `site` that differ from, or are missing in, `reference`'s. */
function differing(site: Map<string, Buffer>, reference: Map<string, Buffer>): string[] {
  expect([...site.keys()]).toEqual([...reference.keys()]);
  return [...reference].filter(([path, bytes]) => !bytes.equals(site.get(path)!)).map(([path]) => path);
}

/**
 * Edits a file of the project and builds it again: the rebuild, after
 * checking that it succeeded and wrote byte for byte what a cold build of the
 * edited content writes.
 */
export async function rebuildAfterEdit(dir: string, env: Record<string, string>, file: string, from: string, to: string): Promise<BuildResult> {
  const path = join(dir, 'content', file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} no longer holds the text the test edits`).toContain(from);
  writeFileSync(path, text.replace(from, to));
  const rebuild = await buildIn(dir, env);
  expect(rebuild.exitCode, rebuild.output).toBe(0);
  const site = tree(join(dir, 'dist'));
  expect(differing(site, await coldSite(dir, env))).toEqual([]);
  return rebuild;
}

