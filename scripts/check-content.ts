// Checks every content file against its schema and across collections, the
// same check that `npm run build` runs first. Quick to run while writing content.
import { checkContent } from '../src/lib/content/check.ts';
import { contentRoot } from '../src/lib/content/location.ts';
import { formatProblems } from '../src/lib/content/problem.ts';

const problems = checkContent(contentRoot(), process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Content is valid.');
