/**
 * What content/ holds, read without following links: the files the checks
 * and the build may read, and a problem for everything else. A symbolic link
 * would publish whatever it points at (a link to /etc/passwd read as a
 * page), and reading a named pipe or a device never ends or never should
 * happen, so neither is opened: each is refused with what it is.
 */
import { lstatSync, readdirSync, readlinkSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../citations/check.ts';

export interface ContentTree {
  /** Regular files under content/, as absolute paths, sorted. */
  files: string[];
  /** Links and special files, one problem each. */
  problems: Problem[];
}

function specialKind(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function refusal(path: string, root: string, entry: Dirent | Stats): Problem {
  const at = { path: relative(root, path).split(sep).join('/'), line: 1, column: 1 };
  if (entry.isSymbolicLink()) {
    return { ...at, message: `This is a symbolic link (to ${readlinkSync(path)}), which the build does not follow: everything it publishes must be inside content/. Put the file itself here instead of a link.` };
  }
  return { ...at, message: `This is ${specialKind(entry)}, not a file. Only Markdown, MDX, YAML and bibliography files belong in content/: remove it.` };
}

/** Walks `contentDir` (absolute) without following links; paths in problems are relative to `root`. */
export function contentTree(contentDir: string, root: string): ContentTree {
  const tree: ContentTree = { files: [], problems: [] };
  const top = lstatSync(contentDir);
  if (!top.isDirectory()) return { files: [], problems: [refusal(contentDir, root, top)] };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) tree.files.push(path);
      else tree.problems.push(refusal(path, root, entry));
    }
  };
  walk(contentDir);
  tree.files.sort();
  return tree;
}
