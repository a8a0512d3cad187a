import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { conceptProperty } from './glossary-links.ts';

/**
 * rehype plugin: citations (`#source-x`) get `prefix` when the text sits
 * inside a page that lists sources of its own.
 */
export function rehypeSourceAnchors(prefix: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#source-')) node.properties.href = `#${prefix}${href.slice(1)}`;
    });
  };
}

/** How links get their address on one page. */
export interface LinkTargets {
  /** Maps a site path such as `/glossary/` to the address to use on this page (base path, locale). */
  resolveLink: (path: string) => string;
  /** Address of a concept's page, for glossary links. */
  hrefOf: (concept: string) => string;
}

/**
 * Gives every link of a prepared tree its address for one page: site-internal
 * paths (`/glossary/...`) pass through `resolveLink`, so content can link to
 * `/glossary/` and work under a sub-path and in every language; glossary
 * links get their concept's address. Changes the tree in place.
 */
export function localizeLinks(tree: Root, targets: LinkTargets): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const concept = node.properties[conceptProperty];
    if (typeof concept === 'string') {
      node.properties.href = targets.hrefOf(concept);
      delete node.properties[conceptProperty];
      return;
    }
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) node.properties.href = targets.resolveLink(href);
  });
}
