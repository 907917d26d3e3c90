import { describe, expect, it } from 'vitest';
import { feedbackHref } from '../../src/lib/feedback.ts';
import { parseSiteConfig } from '../../src/config/site-config.ts';

const page = { address: 'https://kb.example.org/guidance/power/', title: 'Power & co-production' };

describe('the feedback link', () => {
  it('opens an e-mail with the page in the subject and its address in the body', () => {
    const href = feedbackHref({ email: 'guide@example.nhs.uk' }, page)!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('guide@example.nhs.uk');
    expect(url.searchParams.get('subject')).toBe('Feedback on "Power & co-production"');
    expect(url.searchParams.get('body')).toBe('Page: https://kb.example.org/guidance/power/\r\n\r\nWhat is wrong or missing, or what would help:\r\n');
    // Spaces as %20, as RFC 6068 asks: some mail programs show a + as it is.
    expect(href).not.toContain('+');
  });

  it("fills the page's address and title into an issue tracker's address, each kept inside its value", () => {
    expect(feedbackHref({ issueUrl: 'https://github.com/org/guide/issues/new?title=Feedback:%20{title}&body={url}' }, page)).toBe(
      'https://github.com/org/guide/issues/new?title=Feedback:%20Power%20%26%20co-production&body=https%3A%2F%2Fkb.example.org%2Fguidance%2Fpower%2F',
    );
  });

  it('is not there when the site has no feedback route', () => {
    expect(feedbackHref(undefined, page)).toBeUndefined();
  });
});

describe('the feedback setting', () => {
  const settings = { title: 'A guide', description: 'About it.', organisation: 'Us', basePath: '/', repositoryBranch: 'main', citationStyle: 'apa' as const, locale: 'en-GB', overdueReviews: 'warning' as const };

  it('takes an e-mail address or an issue tracker address with {url} in it', () => {
    expect(parseSiteConfig({ ...settings, feedback: { email: 'guide@example.nhs.uk' } }, {}).feedback).toEqual({ email: 'guide@example.nhs.uk' });
    expect(parseSiteConfig({ ...settings, feedback: { issueUrl: 'https://github.com/org/guide/issues/new?body={url}' } }, {}).feedback).toEqual({ issueUrl: 'https://github.com/org/guide/issues/new?body={url}' });
  });

  it('says what to write when it is wrong', () => {
    expect(() => parseSiteConfig({ ...settings, feedback: { email: 'not an address' } }, {})).toThrow('feedback.email: Write an e-mail address, e.g. "guide@example.nhs.uk".');
    expect(() => parseSiteConfig({ ...settings, feedback: { issueUrl: 'https://github.com/org/guide/issues/new' } }, {})).toThrow("feedback.issueUrl: Put {url} where the page's address goes");
    expect(() => parseSiteConfig({ ...settings, feedback: { issueUrl: 'ftp://example.org/{url}' } }, {})).toThrow("feedback.issueUrl: The issue tracker's address must start https://");
    expect(() => parseSiteConfig({ ...settings, feedback: { phone: '0100' } as never }, {})).toThrow('feedback: Write feedback as { email: "..." } or { issueUrl: "https://...{url}" }.');
    expect(() => parseSiteConfig({ ...settings, overdueReviews: 'fail' as 'error' }, {})).toThrow('overdueReviews');
  });
});
