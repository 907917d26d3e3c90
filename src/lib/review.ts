/**
 * When a page is due for review: once its nextReviewDue has passed, so on
 * the day after it. `npm run check` (src/content-checks/lint.ts) and the
 * page's own notice (src/components/ReviewDates.astro) use this one rule.
 */
export function isOverdue(nextReviewDue: Date, today: Date): boolean {
  return nextReviewDue.getTime() < startOfDay(today).getTime();
}

/** Midnight UTC of the day `date` falls on: review dates are days, written without a time, which JavaScript reads as UTC. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The longest time any page waits between reviews, in whole months (rounded up), or undefined for no pages. */
export function longestReviewInterval(pages: readonly { lastReviewed: Date; nextReviewDue: Date }[]): number | undefined {
  const months = pages.map(({ lastReviewed: from, nextReviewDue: to }) => {
    const whole = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
    return to.getUTCDate() > from.getUTCDate() ? whole + 1 : whole;
  });
  return months.length > 0 ? Math.max(...months) : undefined;
}
