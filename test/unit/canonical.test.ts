import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalFile } from '../../src/lib/content/canonical.ts';
import { realContent } from '../support/real-content.ts';

describe('content files', () => {
  // The CMS round-trip test proves that Decap writes this form; this test
  // proves every file is in it, so an unchanged save changes nothing.
  it('are all in the form the CMS writes (run npm run format:content)', () => {
    const different = realContent()
      .filter((file) => readFileSync(file.file, 'utf8') !== canonicalFile(file.collection, file.data as Record<string, unknown>, file.body))
      .map((file) => file.file);
    expect(different).toEqual([]);
  });
});
