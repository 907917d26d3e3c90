/**
 * The interface's text in the site's language (the locale setting), for the
 * templates: `messages.caseStudy.outcomes`. Code that runs before the pages,
 * such as the Markdown plugins, asks siteMessages() (./languages.ts).
 */
import { siteMessages } from './languages.ts';

// Read when the pages are built, after astro.config.mjs has given the settings.
export const messages = siteMessages();
