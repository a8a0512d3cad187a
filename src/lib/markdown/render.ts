import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { TermMatcher } from '../glossary/term-matcher.ts';
import { rehypeGlossaryLinks } from './glossary-links.ts';
import { rehypeInternalLinks } from './internal-links.ts';

export interface RenderOptions {
  /** Glossary linking; leave out for pages that opt out. */
  glossary?: { matcher: TermMatcher; hrefOf: (concept: string) => string };
  /** Maps a site path such as `/glossary/` to the address to use on this page. */
  resolveLink: (path: string) => string;
  /** Prefix for citation anchors (`#source-x`), for text shown inside another page with sources of its own. */
  sourceAnchorPrefix?: string;
}

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  /** h2 and h3 headings, for a table of contents. */
  headings: Heading[];
  /** Concepts linked from the text, in order of first mention. */
  concepts: string[];
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
 * Renders content Markdown to safe HTML. Raw HTML is parsed and sanitised;
 * `<`, `{` and `*` that are not markup stay text. Headings get ids, internal
 * links get the base path and locale, and the first mention of each glossary
 * term links to its concept.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
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
  // Site links written in the text are resolved first; glossary links come
  // with their final address already.
  processor.use(rehypeInternalLinks, options.resolveLink, options.sourceAnchorPrefix);
  if (options.glossary) {
    processor.use(rehypeGlossaryLinks, { ...options.glossary, onLinked: (linked: string[]) => (concepts = linked) });
  }
  processor.use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html, headings, concepts };
}
