/** What a gatekeeper case is (tests/gatekeeper/adversarial-content.test.ts runs them), and helpers for checking what it built. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixture } from './fixture-build.ts';

export const page = 'content/guidance/listening-first.mdx';
export const mdPage = 'content/guidance/listening-first.md';

export interface Case {
  name: string;
  fixture?: Omit<Fixture, 'name'>;
  /** `build`: a real isolated astro build; `gate`: the content gate alone. */
  via: 'build' | 'gate';
  /** Substrings the output must contain: file:line:column and the key words of the message. */
  stops?: string[];
  /** Substrings the output must not contain: a wrong reason, a stack trace, a leaked secret. */
  never?: string[];
  /** Warnings the output must contain. */
  warns?: string[];
  /** For cases that must build: checks on the built site. */
  builds?: (dist: string) => void;
}

export const html = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
export const allHtml = (dist: string) =>
  (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => html(dist, file));
