/** A line of Markdown that MDX would run as code. */
export interface EsmLine {
  line: number;
  kind: 'import' | 'export' | 'expression';
}

// An ESM statement as MDX reads it: `import x from '...'`, `import '...'`,
// `export const ...`, `export default ...`, `export { ... }`.
const esmStatement = /^(import|export)\s+(?:['"]|[\w$*{][^\n]*\bfrom\s+['"]|(?:const|let|var|function|async|class|default)\b|\{)/;
const fence = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Finds lines that MDX would treat as code: ESM `import`/`export` statements
 * and, when `expressions` is set, `{...}` expressions. Fenced code blocks are
 * text in both languages and are skipped.
 */
export function findEsmLines(markdown: string, firstLine: number, expressions: boolean): EsmLine[] {
  const found: EsmLine[] = [];
  let inFence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const fenceMatch = fence.exec(text);
    if (fenceMatch) {
      const marker = fenceMatch[1][0];
      if (!inFence) inFence = marker;
      else if (inFence === marker) inFence = undefined;
      return;
    }
    if (inFence) return;
    const esm = esmStatement.exec(text);
    if (esm) found.push({ line: firstLine + index, kind: esm[1] as 'import' | 'export' });
    else if (expressions && /\{[^}]*\}/.test(text.replace(/`[^`]*`/g, ''))) found.push({ line: firstLine + index, kind: 'expression' });
  });
  return found;
}
