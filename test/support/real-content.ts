import { contentRoot } from '../../src/lib/content/location.ts';
import { readContentTree, type ContentFile } from '../../src/lib/content/read.ts';
import type { CollectionName } from '../../src/schemas/collection-names.ts';

/** The project's real content, parsed (not validated), for tests of modules that work on it. */
export function realContent(): ContentFile[] {
  const root = process.cwd();
  const tree = readContentTree(contentRoot(root), root);
  if (tree.problems.length > 0) throw new Error('the real content does not parse; run npm run check:content');
  return tree.files;
}

/** Entries of one collection as Astro hands them to pages: id and validated data. */
export function entriesOf<T>(name: CollectionName): Array<{ id: string; data: T }> {
  return realContent()
    .filter((file) => file.collection.name === name)
    .map((file) => ({ id: file.id, data: file.collection.schema.parse(file.data) as T }));
}
