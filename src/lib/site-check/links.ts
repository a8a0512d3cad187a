/** A link on a built page that leads nowhere. */
export interface BrokenLink {
  /** The page, as a path in the output folder, e.g. `glossary/apprenticeship/index.html`. */
  page: string;
  /** The address as written. */
  href: string;
  /** Why it is broken. */
  reason: 'missing page' | 'missing anchor';
}

const attribute = /\s(href|src)="([^"]*)"/g;
const idAttribute = /\sid="([^"]*)"/g;

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&quot;/g, '"');
}

/** The ids a page defines, which its anchors (`#id`) may point at. */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(idAttribute)].map((match) => decodeEntities(match[1])));
}

/** Internal addresses a page links to or loads (`href` and `src`), without external ones. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(attribute)]
    .map((match) => decodeEntities(match[2]))
    .filter((href) => href && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//'));
}

/**
 * The output file an address serves, for a site under `base`: `/glossary/` is
 * `glossary/index.html`, `/news/feed.xml` is itself. Undefined when the
 * address lies outside the site.
 */
export function fileOf(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(base.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

/**
 * Checks every internal link and anchor of a built site: the page or file it
 * names must exist, and a `#fragment` must be an id on that page. `pages`
 * maps output paths of HTML files to their HTML; `files` holds every output
 * path. The editor's addresses (`/admin/#/...`) are routes of its own app.
 */
export function findBrokenLinks(pages: Map<string, string>, files: Set<string>, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    if (!ids.has(page)) ids.set(page, pageIds(pages.get(page) ?? ''));
    return ids.get(page)!;
  };
  for (const [page, html] of pages) {
    const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
    for (const href of internalLinks(html)) {
      const url = new URL(href, pageUrl);
      const target = fileOf(url.pathname, base);
      if (target === undefined || !files.has(target)) {
        broken.push({ page, href, reason: 'missing page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || target === 'admin/index.html' || !target.endsWith('.html')) continue;
      if (!idsOf(target).has(fragment)) broken.push({ page, href, reason: 'missing anchor' });
    }
  }
  return broken;
}
