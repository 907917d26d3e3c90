/**
 * The orders the site lists entries in, apart from Astro's collections so the
 * content check, which reads the sources without Astro, orders them the same
 * way (src/links/site-addresses.ts places each guidance page in its printed part).
 */
interface Titled {
  data: { title: string };
}

export const byTitle = (a: Titled, b: Titled) => a.data.title.localeCompare(b.data.title, 'en-GB');

/** Guidance within a topic: by its `order`, then by title. */
export const guidanceOrder = (a: Titled & { data: { order: number } }, b: Titled & { data: { order: number } }) => a.data.order - b.data.order || byTitle(a, b);
