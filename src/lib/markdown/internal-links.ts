import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * rehype plugin: passes every site-internal link (`/glossary/...`) through
 * `resolve`, which adds the base path and the reader's locale, so content can
 * link to `/glossary/` and still work under a sub-path and in every language.
 * Citations (`#source-x`) get `sourcePrefix` when the text sits inside a page
 * that lists sources of its own.
 */
export function rehypeInternalLinks(resolve: (path: string) => string, sourcePrefix = '') {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (href.startsWith('/') && !href.startsWith('//')) node.properties.href = resolve(href);
      else if (sourcePrefix && href.startsWith('#source-')) node.properties.href = `#${sourcePrefix}${href.slice(1)}`;
    });
  };
}
