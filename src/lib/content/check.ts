import { readContentTree } from './read.ts';
import type { ContentProblem } from './problem.ts';
import { validateContent } from './validate.ts';

/** Reads and validates the whole content tree. */
export function checkContent(contentDir: string, projectRoot: string): ContentProblem[] {
  return validateContent(readContentTree(contentDir, projectRoot));
}
