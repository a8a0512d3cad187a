import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalFile } from '../../src/lib/content/canonical.ts';
import { collectionDefinition } from '../../src/schemas/collections.ts';
import { syntheticConcept, syntheticSlug } from './corpus.ts';

/**
 * Writes a content tree of `conceptCount` glossary concepts: the project's
 * real content (countries, guides, process, partners and its real concepts)
 * topped up with synthetic concepts, each file as the CMS would save it.
 * Returns the folder, ready for `VET_CONTENT_DIR`.
 */
export function writeCorpus(projectRoot: string, target: string, conceptCount: number): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(projectRoot, 'content'), target, { recursive: true });
  const glossaryDir = path.join(target, 'glossary');
  const realCount = readdirSync(glossaryDir).length;
  const syntheticCount = Math.max(0, conceptCount - realCount);
  const glossary = collectionDefinition('glossary');
  for (let index = 0; index < syntheticCount; index++) {
    const data = syntheticConcept(index, syntheticCount) as unknown as Record<string, unknown>;
    writeFileSync(path.join(glossaryDir, `${syntheticSlug(index)}.yaml`), canonicalFile(glossary, data));
  }
  return target;
}
