// Rewrites every content file in the form Decap CMS saves it (key order,
// YAML style, line folding), so that saving an unchanged entry in the CMS
// leaves its file byte-identical. Run after editing content by hand.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalFile } from '../src/lib/content/canonical.ts';
import { contentRoot } from '../src/lib/content/location.ts';
import { readContentTree } from '../src/lib/content/read.ts';
import { readFileSync } from 'node:fs';

const root = process.cwd();
const { files, problems } = readContentTree(contentRoot(root), root);
if (problems.length > 0) {
  console.error('Some files cannot be read; run npm run check:content first.');
  process.exit(1);
}
let changed = 0;
for (const file of files) {
  const target = path.join(root, file.file);
  const formatted = canonicalFile(file.collection, file.data as Record<string, unknown>, file.body);
  if (readFileSync(target, 'utf8') !== formatted) {
    writeFileSync(target, formatted);
    changed++;
  }
}
console.log(`${changed} of ${files.length} content files rewritten.`);
