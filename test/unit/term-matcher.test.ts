import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/glossary/term-matcher.ts';

describe('the term matcher', () => {
  it('finds multi-word terms across spaces and hyphens', () => {
    const match = createTermMatcher([{ term: 'work-based learning', concept: 'wbl', caseSensitive: false }], 'en');
    expect(match('Work based learning and work-based learning.').map((found) => found.start)).toEqual([0, 24]);
  });

  it('does not match inside longer words', () => {
    const match = createTermMatcher([{ term: 'skill', concept: 'skill', caseSensitive: false }], 'en');
    expect(match('Skilled workers have skills; upskill.')).toEqual([{ start: 21, end: 27, concept: 'skill' }]);
  });

  it('folds case by the language of the text', () => {
    const match = createTermMatcher([{ term: 'ışık', concept: 'light', caseSensitive: false }], 'tr');
    expect(match('IŞIK')).toHaveLength(1);
  });

  it('works on text with diacritics', () => {
    const match = createTermMatcher([{ term: 'praktikë profesionale', concept: 'work-placement', caseSensitive: false }], 'sq');
    expect(match('Një praktikë profesionale në Finlandë.')).toEqual([{ start: 4, end: 25, concept: 'work-placement' }]);
  });
});
