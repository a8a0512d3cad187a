import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ContentFormat } from '../../schemas/collections.ts';
import type { DataPath } from '../schema/values.ts';
import type { ContentProblem } from './problem.ts';

/** A content file read from disk, before validation. */
export interface ParsedFile {
  /** The YAML data (a data file, or the frontmatter of a Markdown file). */
  data: unknown;
  /** The Markdown body, for Markdown files. */
  body?: string;
  /** Line of the first body line in the file. */
  bodyLine: number;
  /** The line of the field at a data path, or of its nearest existing parent. */
  lineOf: (path: DataPath) => number | undefined;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problem: Omit<ContentProblem, 'file'> };

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Parses a YAML data file or a Markdown file with YAML frontmatter, keeping line positions. */
export function parseContentFile(source: string, format: ContentFormat): ParseResult {
  let yamlSource = source;
  let body: string | undefined;
  let lineOffset = 0;
  let bodyLine = 1;
  if (format === 'markdown') {
    const match = source.startsWith('---') ? frontmatterPattern.exec(source) : null;
    if (!match || match.index !== 0) {
      return { ok: false, problem: { line: 1, field: '', message: 'must start with YAML frontmatter between two lines of ---' } };
    }
    yamlSource = match[1];
    body = source.slice(match[0].length);
    lineOffset = 1;
    bodyLine = match[0].split('\n').length;
  }
  // js-yaml reads the data (faster, and the parser Astro itself
  // uses); the slower \`yaml\` parser, which keeps positions, runs only when a
  // problem needs a line number.
  let data: unknown;
  try {
    data = load(yamlSource, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { doc, lineCounter } = positioned(yamlSource);
    const detailed = doc.errors[0];
    const line = detailed ? (detailed.linePos?.[0].line ?? lineCounter.linePos(detailed.pos[0]).line) : error.mark.line + 1;
    const message = detailed ? detailed.message.split('\n')[0] : error.reason;
    return { ok: false, problem: { line: line + lineOffset, field: '', message: `is not valid YAML: ${message}` } };
  }
  let positions: ReturnType<typeof positioned> | undefined;
  const lineOf = (path: DataPath) => {
    positions ??= positioned(yamlSource);
    const node = nearestNode(positions.doc, path);
    return node?.range ? positions.lineCounter.linePos(node.range[0]).line + lineOffset : undefined;
  };
  return { ok: true, file: { data: data ?? {}, body, bodyLine, lineOf } };
}

function positioned(yamlSource: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(yamlSource, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** The node at `path`, or the key of the deepest part of the path that exists. */
function nearestNode(doc: Document, path: DataPath): Node | undefined {
  let node: unknown = doc.contents;
  let nearest: Node | undefined = doc.contents ?? undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      nearest = (isScalar(pair.key) ? pair.key : nearest) as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      nearest = item as Node;
      node = item;
    } else {
      break;
    }
  }
  return nearest;
}
