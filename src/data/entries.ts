import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

const cache = new Map<CollectionKey, Promise<unknown[]>>();

/**
 * A collection's entries, read once per build. Components on every page (the
 * footer, the planner's checklist) need them, and each `getCollection` call
 * rebuilds every entry object.
 */
export function getEntries<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (!cache.has(name)) cache.set(name, getCollection(name));
  return cache.get(name) as Promise<CollectionEntry<C>[]>;
}
