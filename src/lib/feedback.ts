/**
 * The "Feedback" link every page carries, from the site's feedback setting:
 * an e-mail to write, or a new issue to open, with the page's address (and
 * title) filled in. Only a link: the reader's own e-mail program or browser
 * sends anything, and only if they choose to.
 */
import type { SiteConfig } from '../config/site-config.ts';
import { siteMessages } from '../messages/languages.ts';

export interface FeedbackPage {
  /** The page's full address when the site has a public one, else its path. */
  address: string;
  title: string;
}

/** Where the link goes, or undefined when the site has no feedback route (the footer then points to the About page's section on feedback). */
export function feedbackHref(feedback: SiteConfig['feedback'], page: FeedbackPage): string | undefined {
  if (!feedback) return undefined;
  if ('email' in feedback) {
    const { feedbackEmail } = siteMessages();
    const subject = feedbackEmail.subject(page.title);
    const body = feedbackEmail.body(page.address);
    return `mailto:${feedback.email}?${new URLSearchParams({ subject, body }).toString().replace(/\+/g, '%20')}`;
  }
  // Filled in with encodeURIComponent: the address and title stay inside the query value they are put in.
  return feedback.issueUrl.replace(/\{url\}/g, encodeURIComponent(page.address)).replace(/\{title\}/g, encodeURIComponent(page.title));
}
