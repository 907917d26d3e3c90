/** Renders Markdown, MDX or HTML fixtures through Sätteri with the site's features, as the build does. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';
import { contentFeatures } from '../../src/markdown/features.ts';

export interface RenderOptions {
  mdastPlugins?: MdastPluginList;
  hastPlugins?: HastPluginList;
  /** The file the source stands for, relative to the project: messages and plugins see it. */
  path?: string;
  /** Read raw HTML as elements, so hast plugins can be given HTML. */
  html?: boolean;
}

const options = ({ mdastPlugins = [], hastPlugins = [], path = 'page.md', html = false }: RenderOptions) => ({
  mdastPlugins,
  hastPlugins,
  features: { ...contentFeatures, rawHtml: html },
  fileURL: pathToFileURL(resolve(path)),
});

export const renderMarkdown = async (source: string, render: RenderOptions = {}): Promise<string> => (await markdownToHtml(source, options(render))).html.trim();

/** MDX to the JavaScript module Astro would bundle (with `mdx({ optimize: true })`, as the site has), for asserting what an MDX page renders. */
export const compileMdx = async (source: string, render: RenderOptions = {}): Promise<string> =>
  (await mdxToJs(source, { ...options(render), jsxImportSource: 'astro', optimizeStatic: { component: 'Fragment', prop: 'set:html' } })).code;
