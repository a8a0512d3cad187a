/**
 * The text inside the element that carries `data-pagefind-body`, and where
 * that element closes, in a page that Astro built. Pages are our own
 * well-formed output, so finding the element's end by counting nested
 * elements of the same tag is reliable here.
 */
export function searchableRegion(html: string): { text: string; insertAt: number } | undefined {
  const open = /<(\w+)[^>]*\sdata-pagefind-body[\s>=]/.exec(html);
  if (!open) return undefined;
  const tag = open[1];
  const tagPattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tagPattern.lastIndex = open.index;
  let depth = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const inner = html.slice(open.index, match.index);
      const text = inner
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[#\w]+;/g, ' ');
      return { text, insertAt: match.index };
    }
  }
  return undefined;
}
