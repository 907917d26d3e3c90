import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { contentTree } from '../../src/content-checks/content-tree.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'kb-tree-'));
  mkdirSync(join(root, 'content/guidance'), { recursive: true });
  writeFileSync(join(root, 'content/guidance/real.md'), '---\ntitle: Real\n---\n');
  return root;
}

describe('the content tree', () => {
  it('lists regular files, without following links', () => {
    const root = project();
    symlinkSync('/etc/passwd', join(root, 'content/guidance/passwd.md'));
    symlinkSync('/etc', join(root, 'content/etc'));
    const tree = contentTree(join(root, 'content'), root);
    expect(tree.files).toEqual([join(root, 'content/guidance/real.md')]);
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/etc:1:1: This is a symbolic link (to /etc), which the build does not follow: everything it publishes must be inside content/. Put the file itself here instead of a link.',
      'content/guidance/passwd.md:1:1: This is a symbolic link (to /etc/passwd), which the build does not follow: everything it publishes must be inside content/. Put the file itself here instead of a link.',
    ]);
  });

  it('refuses special files without opening them (a named pipe would never finish reading)', () => {
    const root = project();
    execFileSync('mkfifo', [join(root, 'content/guidance/pipe.md')]);
    expect(contentTree(join(root, 'content'), root).problems.map(formatProblem)).toEqual([
      'content/guidance/pipe.md:1:1: This is a named pipe, not a file. Only Markdown, MDX, YAML and bibliography files belong in content/: remove it.',
    ]);
  });

  it('refuses a content folder that is itself a link', () => {
    const root = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'kb-elsewhere-'));
    const linked = mkdtempSync(join(tmpdir(), 'kb-linked-'));
    symlinkSync(elsewhere, join(linked, 'content'));
    expect(contentTree(join(linked, 'content'), linked).problems.map((problem) => problem.path)).toEqual(['content']);
    expect(contentTree(join(root, 'content'), root).problems).toEqual([]);
  });
});
