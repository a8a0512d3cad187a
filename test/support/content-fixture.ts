import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalFile } from '../../src/lib/content/canonical.ts';
import { parseContentFile } from '../../src/lib/content/parse.ts';
import { collectionDefinition } from '../../src/schemas/collections.ts';
import type { CollectionName } from '../../src/schemas/collection-names.ts';

export const fixtureContent = path.resolve('test/fixtures/content');

/** A writable copy of a content tree (the small fixture by default) in a temporary folder. */
export function copyContent(source = fixtureContent): string {
  const root = mkdtempSync(path.join(tmpdir(), 'vet-content-'));
  const target = path.join(root, 'content');
  cpSync(source, target, { recursive: true });
  return target;
}

/** Changes one entry's data in a content tree, keeping its body. */
export function editEntry(contentDir: string, collection: CollectionName, file: string, edit: (data: Record<string, any>) => void): string {
  const definition = collectionDefinition(collection);
  const target = path.join(contentDir, collection, file);
  const parsed = parseContentFile(readFileSync(target, 'utf8'), definition.format);
  if (!parsed.ok) throw new Error(`fixture ${file} does not parse`);
  const data = parsed.file.data as Record<string, any>;
  edit(data);
  writeFileSync(target, canonicalFile(definition, data, parsed.file.body));
  return target;
}
