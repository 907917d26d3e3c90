/**
 * A page's public address: in full when the site has one (siteUrl), else its
 * path from the server's root, which is all the build knows. "Cite this
 * page", the feedback link and the metadata reference managers read all use
 * it, so they always agree.
 */
import { siteConfig } from '../config/site-config.ts';

/** `path` is the page's path with the base path ("/kb/guidance/power/"). */
export function publicAddress(path: string, siteUrl: string | undefined = siteConfig().siteUrl): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}
