import { foldedWords } from './fold.ts';

/**
 * Where the element that opens at `start` closes (the index after its end
 * tag), counting nested elements of the same tag. Pages are our own
 * well-formed output, so this is reliable here.
 */
function elementEnd(html: string, start: number, tag: string): number | undefined {
  const tagPattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tagPattern.lastIndex = start;
  let depth = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return undefined;
}

/** The HTML without the elements marked `data-pagefind-ignore`. */
function withoutIgnored(html: string): string {
  const ignored = /<(\w+)[^>]*\sdata-pagefind-ignore[\s>=]/g;
  let result = '';
  let cursor = 0;
  for (let match = ignored.exec(html); match; match = ignored.exec(html)) {
    const end = elementEnd(html, match.index, match[1]) ?? html.length;
    result += html.slice(cursor, match.index);
    cursor = end;
    ignored.lastIndex = end;
  }
  return result + html.slice(cursor);
}

function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

/**
 * What the search index needs of a built page, as a small HTML document: the
 * page's language and the element marked `data-pagefind-body` (with its
 * filters and metadata), plus the diacritic-free forms of the words a reader
 * sees there, so that "skolovanje" finds "školovanje". Leaving out the
 * header, footer and head saves the indexer most of its parsing. Undefined for
 * a page that is not searchable.
 */
export function indexableDocument(html: string): string | undefined {
  // Found by plain search, then its tag: a regular expression over every tag of a page is much slower.
  const marker = html.indexOf(' data-pagefind-body');
  if (marker === -1) return undefined;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<(\w+)/.exec(html.slice(start, marker))?.[1];
  const end = tag ? elementEnd(html, start, tag) : undefined;
  if (end === undefined) return undefined;
  const region = html.slice(start, end);
  const closeAt = region.lastIndexOf('</');
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  const folded = foldedWords(textOf(withoutIgnored(region)));
  const extra = folded.length > 0 ? `<div data-pagefind-weight="0.5">${folded.join(' ')}</div>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${region.slice(0, closeAt)}${extra}${region.slice(closeAt)}</body></html>`;
}
