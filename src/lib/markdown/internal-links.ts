import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * rehype plugin: passes every site-internal link (`/glossary/...`) through
 * `resolve`, which adds the base path and the reader's locale, so content can
 * link to `/glossary/` and still work under a sub-path and in every language.
 */
export function rehypeInternalLinks(resolve: (path: string) => string) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = resolve(href);
      }
    });
  };
}
