import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedWords } from '../../src/lib/search/fold.ts';
import { indexableDocument } from '../../src/lib/search/html-text.ts';

describe('search folding', () => {
  it('removes diacritics, including letters Unicode does not decompose', () => {
    expect(foldDiacritics('školovanje Đakovo Łódź Ærø Straße')).toBe('skolovanje Dakovo Lodz AEro Strasse');
  });

  it('lists only the words that change, once, in lower case', () => {
    expect(foldedWords('Školovanje and školovanje, praktikë, plain')).toEqual(['skolovanje', 'praktike']);
  });

  it('gives the index the searchable region, in the page\'s language, with folded words of what is not ignored', () => {
    const html = '<html lang="sq"><head><title>T</title></head><body><nav>Menu</nav><main data-pagefind-body=""><span hidden data-pagefind-meta="type:concept"></span><div><p>Çelës</p><div data-pagefind-ignore><div>Škola</div></div></div><script>ç</script></main><footer>Ëë</footer></body></html>';
    const document = indexableDocument(html)!;
    expect(document).toMatch(/^<!doctype html><html lang="sq">/);
    expect(document).toContain('data-pagefind-meta="type:concept"');
    expect(document).toContain('<p>Çelës</p>');
    expect(document).not.toContain('Menu');
    expect(document).not.toContain('Ëë');
    expect(document).toMatch(/<div data-pagefind-weight="0.5">celes<\/div><\/main><\/body><\/html>$/);
  });

  it('leaves pages without a searchable region out', () => {
    expect(indexableDocument('<html lang="en"><body><main>Not searchable</main></body></html>')).toBeUndefined();
  });
});
