import { startOfDay } from './review.ts';

// UTC so the same commit renders the same dates wherever it is built.
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The day the site is built, in UTC: the date pages are compared with their
 * review dates and the access date "Cite this page" gives. SOURCE_DATE_EPOCH
 * (seconds since 1970, the reproducible-builds.org convention) fixes it, so a
 * rebuild of an old commit, or a test, can say which day it is.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return startOfDay(new Date());
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH is "${epoch}": write the build's date as whole seconds since 1970-01-01 (e.g. $(date +%s)), or leave it unset.`);
  return startOfDay(new Date(Number(epoch) * 1000));
}
