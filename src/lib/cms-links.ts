import type { CollectionName } from '../schemas/collection-names.ts';
import { withBase } from './routes.ts';

/** The CMS screen that edits an entry. */
export function cmsEntryUrl(collection: CollectionName, id: string): string {
  return withBase(`/admin/#/collections/${collection}/entries/${id}`);
}

/** The CMS screen that creates a new entry in a collection. */
export function cmsNewEntryUrl(collection: CollectionName): string {
  return withBase(`/admin/#/collections/${collection}/new`);
}
