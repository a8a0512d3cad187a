import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { TermMatcher } from '../glossary/term-matcher.ts';
import { rehypeGlossaryLinks } from './glossary-links.ts';
import { localizeLinks, rehypeSourceAnchors, type LinkTargets } from './internal-links.ts';

export interface PrepareOptions {
  /** Finds glossary terms to link; leave out for pages that opt out. */
  matcher?: TermMatcher;
  /** Prefix for citation anchors (`#source-x`), for text shown inside another page with sources of its own. */
  sourceAnchorPrefix?: string;
}

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface PreparedMarkdown {
  /** h2 and h3 headings, for a table of contents. */
  headings: Heading[];
  /** Concepts linked from the text, in order of first mention. */
  concepts: string[];
  /** The HTML for one page, with its link addresses. */
  toHtml: (targets: LinkTargets) => string;
}

/**
 * What raw HTML in content may contain: GitHub's safe subset (no scripts,
 * styles, event handlers or `javascript:` URLs), plus `lang` and `dir` so that
 * editors can mark foreign-language words.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dir'],
  },
};

/**
 * Parses content Markdown to safe HTML, once for all locales. Raw HTML is
 * parsed and sanitised; `<`, `{` and `*` that are not markup stay text.
 * Headings get ids and the first mention of each glossary term becomes a
 * link; `toHtml` then gives links their addresses for one locale, which is
 * all that differs between the locales.
 */
export function prepareMarkdown(markdown: string, options: PrepareOptions): PreparedMarkdown {
  const headings: Heading[] = [];
  let concepts: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(() => (tree: Root) => {
      visit(tree, 'element', (node) => {
        if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
          headings.push({ depth: Number(node.tagName[1]), id: node.properties.id, text: toString(node) });
        }
      });
    });
  if (options.sourceAnchorPrefix) processor.use(rehypeSourceAnchors, options.sourceAnchorPrefix);
  if (options.matcher) processor.use(rehypeGlossaryLinks, { matcher: options.matcher, onLinked: (linked: string[]) => (concepts = linked) });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return {
    headings,
    concepts,
    toHtml: (targets) => {
      const page = structuredClone(tree);
      localizeLinks(page, targets);
      return toHtml(page);
    },
  };
}
