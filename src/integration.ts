/**
 * The generator as one Astro integration, as Starlight is: a site's
 * astro.config.mjs calls evidenceSite({ title, description, organisation, ... })
 * and gets everything else from here: Astro's settings for a static guide,
 * the Markdown pipeline, redirects from content/, and the integrations that
 * check content before the build and the site after it, in their order.
 *
 * This module is imported with the site's config, also by tools such as
 * `npm run check` that only need the settings, so it loads the rest of the
 * generator only when Astro sets the site up.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseSiteConfig, setSiteConfig, SiteConfigError, type SiteConfig, type SiteConfigInput } from './config/site-config.ts';
import { stopBuild } from './integrations/stop-build.ts';
import { routesToInject } from './config/route-files.ts';
import { pageTextFile } from './schemas/page-text.ts';
import { vocabulariesFile } from './lib/vocabulary-values.ts';
import { contentPath, generatorSourcePath, setSiteRoot, sitePagesPath } from './config/site-paths.ts';
import { componentFile, componentSpecifier, contentComponents } from './components/content/allowed.ts';

export type { SiteConfigInput as EvidenceSiteOptions };

const name = 'evidence-site';

/** The settings, or the build (and `npm run check`, which loads astro.config.mjs too) stopped with what to fix in them. */
function checkedSettings(options: SiteConfigInput): SiteConfig {
  try {
    return parseSiteConfig(options);
  } catch (error) {
    if (error instanceof SiteConfigError) stopBuild(error.message.split('\n'));
    throw error;
  }
}

export default function evidenceSite(options: SiteConfigInput): AstroIntegration {
  const settings = checkedSettings(options);
  setSiteConfig(settings);
  // A site built with the generator sends nothing home: Astro's telemetry
  // reads this when it records the command, just after loading this config.
  // Set here, a site's npm scripts need no environment variable, which
  // Windows' shell could not set the way package.json scripts write it.
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  return {
    name,
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, injectRoute, addWatchFile }) => {
        // First: everything after this reads content from the site's root.
        setSiteRoot(fileURLToPath(config.root), fileURLToPath(config.srcDir));
        // The schemas and the pages' own words are built from these: in `astro dev`, an edit restarts the server.
        for (const file of ['topics.yaml', vocabulariesFile, pageTextFile]) addWatchFile(contentPath(file));
        const [{ default: mdx }, { default: sitemap }, { siteMarkdown }, { sitemapFilter }, { readRedirects }, checks, { forgetSiteSettingsFiles }] = await Promise.all([
          import('@astrojs/mdx'),
          import('@astrojs/sitemap'),
          import('./markdown/site-pipeline.ts'),
          import('./build-checks/sitemap.ts'),
          import('./redirects/read-redirects.ts'),
          import('./integrations/checks.ts'),
          import('./lib/site-settings-files.ts'),
        ]);
        // As the files now are: `astro dev` comes back here when they change.
        forgetSiteSettingsFiles();
        // The generator's pages, injected as a site that installs it gets them, but for any the site has its own of.
        for (const route of routesToInject(generatorSourcePath('routes'), sitePagesPath())) injectRoute(route);
        // Problems with redirects are the content check's to report (src/integrations/content-gate.ts).
        const { redirects } = readRedirects(contentPath());
        updateConfig({
          ...(settings.siteUrl ? { site: settings.siteUrl } : {}),
          base: settings.basePath,
          // Directory URLs with a trailing slash are what every static host and
          // intranet web server serves without rewrites.
          trailingSlash: 'always',
          // Astro leaves the base path off redirect destinations; without it a moved
          // page in a /kb/ site would send readers outside the site.
          redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, settings.basePath.replace(/\/$/, '') + to])),
          // concurrency: a page's few milliseconds of rendering are mostly spent
          // waiting for its file to be written, and a site writes several files per
          // page (HTML, "Cite this page" and reading-list downloads). Writing 16 at a
          // time cut rendering 1,000 synthetic pages from 14-17 s to 11 s here; the
          // pages share no state that is not ready before rendering starts.
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
          // Shared with the renderer that builds most pages from source (src/markdown/render-source.ts).
          markdown: siteMarkdown(),
          // Scripts stay external files so a strict Content-Security-Policy
          // (script-src 'self') needs no hashes.
          vite: {
            // What MDX pages import the content components by, here and in a site that installs the generator.
            resolve: { alias: contentComponents.map((name) => ({ find: componentSpecifier(name), replacement: componentFile(name) })) },
            build: {
              assetsInlineLimit: 0,
              rolldownOptions: {
                // Astro marks every MDX module with its own "use astro:head-inject"
                // directive, and Rolldown warns about each one: a warning per page
                // that would bury real ones. Only that warning is dropped.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
          devToolbar: { enabled: false },
          // Pages whose getStaticPaths() gives a cacheKey (src/build/page-cache-key.ts)
          // are copied from the previous build when neither their key nor their
          // route's code changed, so a pull-request preview re-renders only the
          // pages its change reaches.
          experimental: { incrementalBuild: true },
          // Astro's log, with the lines of pages rendered together kept apart.
          logger: { entrypoint: new URL('./integrations/build-log.mjs', import.meta.url) },
        });
        // Right after this one, in this order: the content gate first; when the
        // build is done, the download files written before the link check, and
        // the site's integrity last, after Pagefind and the sitemap have written.
        // A sitemap needs the site's public address, so only a site with one gets it.
        const integrations = [
          checks.contentGate(),
          checks.siteSettings(),
          // For MDX pages that use components (the others render from source, see
          // src/markdown/source-loader.ts). optimize: their static parts compile to
          // HTML strings instead of a JSX call per element, which made bundling and
          // rendering 1,000 synthetic pages about a quarter faster. The citations
          // plugin relies on it: it writes each citation as HTML, which MDX can only
          // hold inside such a string.
          mdx({ optimize: true }),
          checks.downloadFiles(),
          checks.linkCheck(),
          checks.pagefind(),
          ...(settings.siteUrl ? [sitemap({ filter: sitemapFilter(settings.basePath, Object.keys(redirects)) })] : []),
          checks.siteIntegrity(),
        ];
        config.integrations.splice(config.integrations.findIndex((integration) => integration.name === name) + 1, 0, ...integrations);
      },
    },
  };
}
