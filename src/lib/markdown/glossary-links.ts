import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { TermMatcher } from '../glossary/term-matcher.ts';

export interface GlossaryLinkOptions {
  /** Finds terms in text. */
  matcher: TermMatcher;
  /** Receives the concepts linked, in order of first mention. */
  onLinked: (concepts: string[]) => void;
}

// Text inside these is never linked: headings, links, code and the like.
const skippedElements = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'button', 'label', 'abbr', 'dfn']);

/** Id of the element that holds a concept's short definition on the page. */
export function previewId(concept: string): string {
  return `term-preview-${concept}`;
}

/**
 * Property that marks a glossary link with its concept until the link gets
 * the address of the concept's page for the reader's locale.
 */
export const conceptProperty = 'dataConcept';

/**
 * rehype plugin: links the first mention of each glossary concept to its page.
 * The link is a plain link (its address is set per locale, see
 * `localizeLinks`); `aria-describedby` points at the concept's short
 * definition, which the page renders once, so screen readers announce it and
 * the preview script can show it.
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  return (tree: Root) => {
    const linked: string[] = [];
    const replacements: Array<{ parent: Element | Root; node: Text; parts: ElementContent[] }> = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((ancestor) => ancestor.type === 'element' && skippedElements.has((ancestor as Element).tagName))) return;
      const parts: ElementContent[] = [];
      let cursor = 0;
      for (const match of options.matcher(node.value)) {
        if (linked.includes(match.concept)) continue;
        linked.push(match.concept);
        if (match.start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, match.start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: '', className: ['term-link'], ariaDescribedBy: [previewId(match.concept)], [conceptProperty]: match.concept },
          children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
        });
        cursor = match.end;
      }
      if (parts.length === 0) return;
      if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
      replacements.push({ parent: ancestors[ancestors.length - 1] as Element | Root, node, parts });
    });
    for (const { parent, node, parts } of replacements) {
      parent.children.splice(parent.children.indexOf(node), 1, ...(parts as typeof parent.children));
    }
    options.onLinked(linked);
  };
}
