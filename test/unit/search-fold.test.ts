import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedWords } from '../../src/lib/search/fold.ts';
import { searchableRegion } from '../../src/lib/search/html-text.ts';

describe('search folding', () => {
  it('removes diacritics, including letters Unicode does not decompose', () => {
    expect(foldDiacritics('školovanje Đakovo Łódź Ærø Straße')).toBe('skolovanje Dakovo Lodz AEro Strasse');
  });

  it('lists only the words that change, once, in lower case', () => {
    expect(foldedWords('Školovanje and školovanje, praktikë, plain')).toEqual(['skolovanje', 'praktike']);
  });

  it('finds the text and end of the searchable region', () => {
    const html = '<html><body><nav>Menu</nav><main data-pagefind-body=""><div><p>Çelës</p></div><script>x</script></main><footer>F</footer></body></html>';
    const region = searchableRegion(html)!;
    expect(region.text).toContain('Çelës');
    expect(region.text).not.toContain('Menu');
    expect(region.text).not.toContain('x');
    expect(html.slice(region.insertAt)).toMatch(/^<\/main>/);
  });
});
