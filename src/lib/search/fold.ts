// Letters that Unicode does not decompose into a base letter and a mark.
const unmarked: Record<string, string> = { đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ı: 'i', ħ: 'h' };

/** A word without its diacritics: "školovanje" to "skolovanje", "Łódź" to "Lodz". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐłŁøØæÆœŒßıħ]/g, (letter) => unmarked[letter]);
}

/**
 * The distinct words of a text that change when folded, in folded form. Added
 * to the search index beside the original text, so that a query typed without
 * diacritics (on a keyboard that lacks them) still finds the word.
 */
export function foldedWords(text: string): string[] {
  const words = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const folded = foldDiacritics(word);
    if (folded !== word) words.add(folded.toLowerCase());
  }
  return [...words];
}
