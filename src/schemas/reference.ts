import { z } from 'astro/zod';
import type { CollectionName } from './collection-names.ts';

/**
 * The id of an entry in another collection (its file name without extension,
 * e.g. `fi` for `content/countries/fi.md`). Whether the entry exists is
 * checked across all content at build, where every collection is known.
 */
export function reference(collection: CollectionName) {
  return z.string().trim().min(1, 'must name an entry').meta({ references: collection });
}
