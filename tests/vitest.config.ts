import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept in tests/ so the project's top level stays the documented set of folders.

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Unit tests mirror src/ under tests/; browser tests need the built site.
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/gatekeeper/**', 'tests/adoption/**', '**/node_modules/**'],
          globalSetup: ['tests/test-tmpdir.ts'],
          setupFiles: ['tests/fixture-site-config.ts'],
          // A citeproc engine takes about 1.5 s to start; tests that build
          // several crossed Vitest's 5 s default on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'gatekeeper',
          // Builds small content trees in isolation (tests/gatekeeper/fixture-build.ts).
          include: ['tests/gatekeeper/**/*.test.ts'],
          globalSetup: ['tests/test-tmpdir.ts'],
        },
      },
      {
        test: {
          name: 'adoption',
          // Packs the generator and starts a site with it outside this repository (README, "Start your own evidence site").
          include: ['tests/adoption/**/*.test.ts'],
          globalSetup: ['tests/test-tmpdir.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/test-tmpdir.ts', 'tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/flagship-site-config.ts'],
          // One Chromium at a time: the machines here have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
