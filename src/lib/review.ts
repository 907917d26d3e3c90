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
