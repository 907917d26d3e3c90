/**
 * What a reader downloads: the gzipped HTML, CSS and JS a content page loads
 * before any interaction (read from the built files), and every response the
 * first search fetches (measured in Chromium, as tests/browser does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, hasChromium } from '../../tests/browser/chromium.ts';
import { serveStatic } from '../../tests/browser/static-server.ts';
import { filesUnder } from './sizes.ts';

const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Stylesheets and scripts a page loads at once: <link rel=stylesheet|modulepreload> and <script src> (inline ones count as HTML). */
function assetsOf(html: string): { css: string[]; js: string[] } {
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const links = html.match(/<link\b[^>]*>/g) ?? [];
  const css = links.filter((tag) => attribute(tag, 'rel') === 'stylesheet').flatMap((tag) => attribute(tag, 'href') ?? []);
  const preloads = links.filter((tag) => attribute(tag, 'rel') === 'modulepreload').flatMap((tag) => attribute(tag, 'href') ?? []);
  const scripts = (html.match(/<script\b[^>]*>/g) ?? []).flatMap((tag) => attribute(tag, 'src') ?? []);
  return { css, js: [...new Set([...scripts, ...preloads])] };
}

/** Weights of every content page (guidance, case studies, evidence), gzipped, in bytes. */
export function contentPageWeights(dist: string, basePath = '/'): PageWeight[] {
  const assetBytes = new Map<string, number>();
  const asset = (url: string) => {
    const path = join(dist, url.slice(basePath.length));
    if (!assetBytes.has(path)) assetBytes.set(path, gzipBytes(readFileSync(path)));
    return assetBytes.get(path)!;
  };
  return filesUnder(dist)
    .filter((path) => /^(guidance|case-studies|evidence)\/.+\/index\.html$/.test(path))
    .map((path) => {
      const html = readFileSync(join(dist, path));
      const { css, js } = assetsOf(html.toString('utf8'));
      const weight = { page: `/${path.replace(/index\.html$/, '')}`, html: gzipBytes(html), css: css.reduce((sum, url) => sum + asset(url), 0), js: js.reduce((sum, url) => sum + asset(url), 0) };
      return { ...weight, total: weight.html + weight.css + weight.js };
    })
    .sort((a, b) => a.total - b.total);
}

export interface SearchFetch {
  query: string;
  results: number;
  requests: { url: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

/**
 * Every response Chromium receives after opening /search/?q=<query> until the
 * results show and the network is idle, the search page's own HTML and CSS
 * included. `gzip` is what a compressing server would send (Pagefind's index
 * files are compressed already).
 */
export async function searchFetch(dist: string, query: string): Promise<SearchFetch | undefined> {
  if (!hasChromium) return undefined;
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const responses: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
    page.on('response', (response) =>
      responses.push(response.body().then((body) => ({ url: response.url().replace(server.origin, ''), bytes: body.length, gzip: gzipBytes(body) }))),
    );
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li').count();
    const requests = await Promise.all(responses);
    return { query, results, requests, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), gzip: requests.reduce((sum, r) => sum + r.gzip, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
