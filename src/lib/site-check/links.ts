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
    .map((match) => (match[2].includes('&') ? decodeEntities(match[2]) : match[2]))
    .filter((href) => href && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//'));
}

/** Whether a page has an element with this id; cheaper than listing every id of the page. */
function hasId(html: string, id: string): boolean {
  const escaped = id.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.includes(` id="${escaped}"`) || (escaped !== id && pageIds(html).has(id));
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

/** Reads a page of the built site by its output path. */
export type PageReader = (page: string) => Promise<string>;

/** Pages read at once: enough to keep the disk busy, few enough to keep memory flat. */
const concurrentReads = 8;

async function forEachPage(pages: string[], read: PageReader, visit: (page: string, html: string) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++];
      visit(page, await read(page));
    }
  };
  await Promise.all(Array.from({ length: concurrentReads }, worker));
}

/**
 * A copy of a string that does not keep the page it was cut from alive: V8
 * makes substrings as views into their parent, and a check that remembers
 * links from 40,000 pages would otherwise hold every page in memory.
 */
function detached(text: string): string {
  return Buffer.from(text).toString();
}

/**
 * Checks every internal link and anchor of a built site: the page or file it
 * names must exist, and a `#fragment` must be an id on that page. `pages`
 * lists the output paths of the HTML files, `files` every output path. Pages
 * are read one by one (a large site does not fit in memory at once), then the
 * pages that anchors point into are read again for their ids. The editor's
 * addresses (`/admin/#/...`) are routes of its own app.
 */
export async function findBrokenLinks(pages: string[], files: Set<string>, base: string, read: PageReader): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  // Anchors to check: by the page they point into, then by fragment, the pages and addresses that use it.
  const anchors = new Map<string, Map<string, Array<{ page: string; href: string }>>>();
  // Absolute addresses resolve the same on every page: resolve each once.
  const resolved = new Map<string, { target: string | undefined; fragment: string }>();
  const resolve = (href: string, page: string) => {
    if (href.startsWith('#')) return { target: page, fragment: decodeURIComponent(href.slice(1)) };
    const absolute = href.startsWith('/');
    if (absolute && resolved.has(href)) return resolved.get(href)!;
    const url = new URL(href, `http://site${base}${page.replace(/index\.html$/, '')}`);
    const result = { target: fileOf(url.pathname, base), fragment: decodeURIComponent(url.hash.slice(1)) };
    if (absolute) resolved.set(detached(href), result);
    return result;
  };
  await forEachPage(pages, read, (page, html) => {
    for (const href of internalLinks(html)) {
      const { target, fragment } = resolve(href, page);
      if (target === undefined || !files.has(target)) {
        broken.push({ page, href: detached(href), reason: 'missing page' });
      } else if (fragment && target === page) {
        if (!hasId(html, fragment)) broken.push({ page, href: detached(href), reason: 'missing anchor' });
      } else if (fragment && target !== 'admin/index.html' && target.endsWith('.html')) {
        if (!anchors.has(target)) anchors.set(target, new Map());
        const byFragment = anchors.get(target)!;
        if (!byFragment.has(fragment)) byFragment.set(fragment, []);
        byFragment.get(fragment)!.push({ page, href: detached(href) });
      }
    }
  });
  await forEachPage([...anchors.keys()], read, (target, html) => {
    for (const [fragment, uses] of anchors.get(target)!) {
      if (!hasId(html, fragment)) broken.push(...uses.map(({ page, href }) => ({ page, href, reason: 'missing anchor' as const })));
    }
  });
  const order = new Map(pages.map((page, index) => [page, index]));
  return broken.sort((a, b) => order.get(a.page)! - order.get(b.page)! || a.href.localeCompare(b.href));
}
