import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/lib/dates.ts';
import { isOverdue, longestReviewInterval } from '../../src/lib/review.ts';

const due = new Date('2027-11-23');

describe('when a page is due for review', () => {
  it('is not overdue on its due date, whatever the hour', () => {
    expect(isOverdue(due, new Date('2027-11-23T00:00:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2027-11-23T23:59:59Z'))).toBe(false);
  });

  it('is overdue from the day after', () => {
    expect(isOverdue(due, new Date('2027-11-24T00:00:00Z'))).toBe(true);
  });
});

describe('the day the site is built', () => {
  it('is the day SOURCE_DATE_EPOCH names, at midnight UTC', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: String(Date.UTC(2027, 10, 24, 15, 30) / 1000) }).toISOString()).toBe('2027-11-24T00:00:00.000Z');
  });

  it('is today when SOURCE_DATE_EPOCH is not set', () => {
    const today = new Date().toISOString().slice(0, 10);
    const built = buildDay({}).toISOString().slice(0, 10);
    // Unless the test runs across midnight, these are the same day.
    expect([today, new Date().toISOString().slice(0, 10)]).toContain(built);
  });

  it('names a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    expect(() => buildDay({ SOURCE_DATE_EPOCH: '2027-11-24' })).toThrow('SOURCE_DATE_EPOCH is "2027-11-24": write the build\'s date as whole seconds since 1970-01-01');
  });
});

describe('the longest wait between reviews', () => {
  const page = (lastReviewed: string, nextReviewDue: string) => ({ lastReviewed: new Date(lastReviewed), nextReviewDue: new Date(nextReviewDue) });

  it('counts whole months, a part month as a whole one', () => {
    expect(longestReviewInterval([page('2026-11-23', '2027-11-23')])).toBe(12);
    expect(longestReviewInterval([page('2026-11-23', '2027-11-24')])).toBe(13);
    expect(longestReviewInterval([page('2026-01-31', '2026-02-28')])).toBe(1);
  });

  it('is the longest of all pages, and nothing for none', () => {
    expect(longestReviewInterval([page('2026-01-10', '2026-07-10'), page('2026-01-10', '2027-01-10')])).toBe(12);
    expect(longestReviewInterval([])).toBeUndefined();
  });
});
