/**
 * The day a text falls due for review: `months` after it was last reviewed.
 * Works on `YYYY-MM-DD` strings in UTC so that builds in any time zone agree.
 */
export function reviewDueDate(lastReviewed: string, months: number): string {
  const date = new Date(`${lastReviewed}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDayOfMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDayOfMonth));
  return date.toISOString().slice(0, 10);
}

/** Whether a text is past its review date on `today`. */
export function isOverdue(lastReviewed: string, months: number, today: string): boolean {
  return reviewDueDate(lastReviewed, months) < today;
}

/**
 * The date the build treats as today. `VET_TODAY` (YYYY-MM-DD) pins it, so
 * tests can check the out-of-date notice against a fixed date.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.VET_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
