/**
 * Vitest's global setup for every project: each run's temporary folders go
 * in one folder of its own (TMPDIR, which os.tmpdir() and the builds and
 * browsers the tests start all read), removed when the run ends, so a test
 * that makes one leaves nothing behind however it ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'kb-tests-'));
  process.env['TMPDIR'] = dir;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
