// html-validate settings for the built site (tests/browser/html-validity.test.ts
// validates every page in dist/). The recommended rules, less the ones below.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page's <title> is "Page - Site": the site name alone is 40 characters
    // and page titles are the content's own headings. Search engines shorten
    // long titles in their results; that is not a markup error.
    'long-title': 'off',
    // HTML's doctype is case-insensitive; Astro writes the redirect pages for
    // moved addresses with <!doctype html>, the pages with <!DOCTYPE html>.
    'doctype-style': 'off',
    // The search page's filters are checkboxes sharing their group's name, so
    // the form's own URL reads ?type=guidance&type=case-study: valid HTML, and
    // the address educators link to.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
