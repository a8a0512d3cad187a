import { describe, expect, it } from 'vitest';
import { buildDate, isOverdue, reviewDueDate } from '../../src/lib/review.ts';

describe('review dates', () => {
  it('adds months, keeping to the end of shorter months', () => {
    expect(reviewDueDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(reviewDueDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(reviewDueDate('2026-11-24', 12)).toBe('2027-11-24');
  });

  it('is overdue only after the due date', () => {
    expect(isOverdue('2026-11-24', 6, '2027-05-24')).toBe(false);
    expect(isOverdue('2026-11-24', 6, '2027-05-25')).toBe(true);
  });

  it('takes today from VET_TODAY when set', () => {
    expect(buildDate({ VET_TODAY: '2030-01-01' })).toBe('2030-01-01');
    expect(buildDate({ VET_TODAY: 'soon' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
