/** A term that running text may link to its concept. */
export interface LinkableTerm {
  /** The term as written in the glossary. */
  term: string;
  /** Slug of its concept. */
  concept: string;
  /** Abbreviations match only in their exact case ("ECVET", not "ecvet"). */
  caseSensitive: boolean;
}

/** Where a term occurs in a text. */
export interface TermMatch {
  start: number;
  end: number;
  concept: string;
}

export type TermMatcher = (text: string) => TermMatch[];

interface Token {
  text: string;
  start: number;
  end: number;
}

interface IndexedTerm {
  tokens: string[];
  folded: string[];
  concept: string;
  caseSensitive: boolean;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Between the words of a multi-word term: spaces or hyphens ("work-based learning").
const joinerPattern = /^[\s\u00a0\-\u2010\u2011]+$/u;

function tokenize(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Builds a matcher that finds glossary terms in text, word by word: a map from
 * a term's first word to the terms that start with it keeps the cost
 * proportional to the text, not to the size of the glossary. Longer terms win
 * over shorter ones that start at the same word ("learning outcomes" over
 * "learning"). In English, a regular plural of the last word also matches.
 */
export function createTermMatcher(terms: LinkableTerm[], locale: string): TermMatcher {
  const fold = (word: string) => word.toLocaleLowerCase(locale);
  const pluralsMatch = locale.startsWith('en');
  const byFirstWord = new Map<string, IndexedTerm[]>();
  for (const { term, concept, caseSensitive } of terms) {
    const tokens = tokenize(term).map((token) => token.text);
    if (tokens.length === 0) continue;
    const entry = { tokens, folded: tokens.map(fold), concept, caseSensitive };
    const key = entry.folded[0];
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), entry]);
  }
  for (const candidates of byFirstWord.values()) candidates.sort((a, b) => b.tokens.length - a.tokens.length);

  const wordMatches = (termWord: string, termFolded: string, word: string, caseSensitive: boolean, last: boolean) => {
    const candidate = caseSensitive ? word : fold(word);
    const expected = caseSensitive ? termWord : termFolded;
    if (candidate === expected) return true;
    return last && pluralsMatch && !caseSensitive && (candidate === `${expected}s` || candidate === `${expected}es`);
  };

  // A one-word term in the plural ("apprenticeships") is found under its singular.
  const candidatesAt = (word: string) => {
    const folded = fold(word);
    const direct = byFirstWord.get(folded) ?? [];
    if (!pluralsMatch) return direct;
    const singulars = [folded.replace(/s$/, ''), folded.replace(/es$/, '')].filter((singular) => singular !== folded);
    const plural = singulars.flatMap((singular) => (byFirstWord.get(singular) ?? []).filter((term) => term.tokens.length === 1));
    return plural.length === 0 ? direct : [...direct, ...plural];
  };

  return (text) => {
    const tokens = tokenize(text);
    const matches: TermMatch[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const candidates = candidatesAt(tokens[index].text);
      const found = candidates.find((candidate) =>
        candidate.tokens.every((termWord, offset) => {
          const token = tokens[index + offset];
          if (!token) return false;
          if (offset > 0 && !joinerPattern.test(text.slice(tokens[index + offset - 1].end, token.start))) return false;
          return wordMatches(termWord, candidate.folded[offset], token.text, candidate.caseSensitive, offset === candidate.tokens.length - 1);
        }),
      );
      if (!found) continue;
      const last = tokens[index + found.tokens.length - 1];
      matches.push({ start: tokens[index].start, end: last.end, concept: found.concept });
      index += found.tokens.length - 1;
    }
    return matches;
  };
}
