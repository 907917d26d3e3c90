/**
 * The languages the interface has text in, one file each in this folder
 * (en-GB.ts is the one there is), and the site's.
 */
import { siteConfig } from '../config/site-config.ts';
import { enGB, type Messages } from './en-GB.ts';

const languages = new Map<string, Messages>([['en-GB', enGB]]);

export class MessagesError extends Error {}

/** The messages for a BCP 47 tag; a language with no file stops the build and says which file to add. */
export function messagesFor(locale: string): Messages {
  const found = languages.get(locale);
  if (!found) {
    throw new MessagesError(
      `The locale "${locale}" has no interface text. Add src/messages/${locale}.ts (a translated copy of src/messages/en-GB.ts, typed as Messages) and list it in src/messages/languages.ts, or set one of: ${[...languages.keys()].join(', ')}.`,
    );
  }
  return found;
}

/**
 * The site's messages, looked up at each use: the Markdown plugins load
 * before the settings are given, and `astro dev` gives them again, perhaps
 * with another locale, when astro.config.mjs changes.
 */
export const siteMessages = (): Messages => messagesFor(siteConfig().locale);
