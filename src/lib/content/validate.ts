import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/collection-names.ts';
import { findValues, formatPath, type DataPath } from '../schema/values.ts';
import { findEsmLines } from './esm-syntax.ts';
import type { ContentProblem } from './problem.ts';
import { entryIds, type ContentFile, type ContentTree } from './read.ts';
import { findBroaderCycles } from './glossary-cycles.ts';

/**
 * Checks all content against its schemas and across collections: required
 * fields, types, references to other entries, cited source keys, cycles in
 * the glossary's broader relation, and Markdown that MDX would run as code.
 */
export function validateContent(tree: ContentTree): ContentProblem[] {
  const problems = [...tree.problems];
  const ids = entryIds(tree.files);
  for (const file of tree.files) {
    problems.push(
      ...schemaProblems(file),
      ...referenceProblems(file, ids),
      ...sourceKeyProblems(file),
      ...locationProblems(file),
      ...bodyProblems(file),
    );
  }
  problems.push(...broaderCycleProblems(tree.files));
  return problems;
}

function problemAt(file: ContentFile, path: DataPath, message: string, value?: unknown): ContentProblem {
  return { file: file.file, line: file.lineOf(path), field: formatPath(path), message, value };
}

// Schemas here key objects by string, never by symbol.
function dataPath(path: PropertyKey[]): DataPath {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

function schemaProblems(file: ContentFile): ContentProblem[] {
  const result = file.collection.schema.safeParse(file.data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problemAt(file, dataPath([...issue.path, key]), `is not a field of ${file.collection.label.toLowerCase()} entries (check the spelling)`),
      );
    }
    return [problemAt(file, dataPath(issue.path), describeIssue(issue), issue.input)];
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.input === undefined && issue.code !== 'custom') return 'is required';
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, 'must be ');
}

function referenceProblems(file: ContentFile, ids: Map<CollectionName, Set<string>>): ContentProblem[] {
  return findValues(file.collection.schema, file.data, (meta) => meta.references !== undefined)
    .filter(({ value, meta }) => typeof value !== 'string' || !ids.get(meta.references!)!.has(value))
    .map(({ path, value, meta }) => problemAt(file, path, `refers to an entry that does not exist in content/${meta.references}/`, value));
}

function sourceKeyProblems(file: ContentFile): ContentProblem[] {
  const sources = (file.data as { sources?: Array<{ key?: unknown }> }).sources;
  const keys = new Set(Array.isArray(sources) ? sources.map((source) => source?.key) : []);
  return findValues(file.collection.schema, file.data, (meta) => meta.citesSource === true)
    .filter(({ value }) => !keys.has(value))
    .map(({ path, value }) => problemAt(file, path, 'cites a source key that is not in this entry\'s sources', value));
}

/** Guides live at `<topic>/<country>`, so the path and the fields must agree. */
function locationProblems(file: ContentFile): ContentProblem[] {
  if (file.collection.name !== 'guides') return [];
  const [topicFolder, countryFile] = file.id.split('/');
  const data = file.data as { topic?: unknown; country?: unknown };
  const problems: ContentProblem[] = [];
  if (data.topic !== undefined && data.topic !== topicFolder) {
    problems.push(problemAt(file, ['topic'], `does not match the folder content/guides/${topicFolder}/`, data.topic));
  }
  if (data.country !== undefined && data.country !== countryFile) {
    problems.push(problemAt(file, ['country'], `does not match the file name ${countryFile}.md`, data.country));
  }
  return problems;
}

function bodyProblems(file: ContentFile): ContentProblem[] {
  if (file.body === undefined) return [];
  const esm = findEsmLines(file.body, file.bodyLine, false).map(({ line, kind }) => ({
    file: file.file,
    line,
    field: 'body',
    message: `has an MDX ${kind} statement. Content edited through the CMS is Markdown and cannot import or export code: remove the line, or put it in backticks to show it as text`,
  }));
  return [...esm, ...citationProblems(file, file.body)];
}

/** Citations in the text (`[Cedefop](#source-cedefop-2023)`) must name a source of the entry. */
function citationProblems(file: ContentFile, body: string): ContentProblem[] {
  const sources = (file.data as { sources?: Array<{ key?: unknown }> }).sources;
  const keys = new Set(Array.isArray(sources) ? sources.map((source) => source?.key) : []);
  return body.split('\n').flatMap((text, index) =>
    [...text.matchAll(/\]\(#source-([^)\s]+)\)/g)]
      .filter((match) => !keys.has(match[1]))
      .map((match) => ({ file: file.file, line: file.bodyLine + index, field: 'body', message: 'cites a source key that is not in this entry\'s sources', value: match[1] })),
  );
}

function broaderCycleProblems(files: ContentFile[]): ContentProblem[] {
  const concepts = files.filter((file) => file.collection.name === 'glossary');
  const broaderOf = new Map(
    concepts.map((file) => {
      const broader = (file.data as { en?: { broader?: unknown } }).en?.broader;
      return [file.id, Array.isArray(broader) ? broader.filter((id): id is string => typeof id === 'string') : []];
    }),
  );
  const byId = new Map(concepts.map((file) => [file.id, file]));
  return findBroaderCycles(broaderOf).map((cycle) => {
    const file = byId.get(cycle[0])!;
    const index = broaderOf.get(cycle[0])!.indexOf(cycle[1]);
    return problemAt(file, ['en', 'broader', index], `makes a cycle of broader concepts: ${cycle.join(' -> ')}`, cycle[1]);
  });
}
