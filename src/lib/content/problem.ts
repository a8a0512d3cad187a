/** Something wrong in a content file, precise enough for an editor to fix it. */
export interface ContentProblem {
  /** Path of the file relative to the project root, e.g. `content/news/kick-off.md`. */
  file: string;
  /** Line in the file, when one can be pointed at. */
  line?: number;
  /** The field, e.g. `en.related[0]`; empty for a problem with the whole file. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** The offending value, when there is one. */
  value?: unknown;
}

function describeValue(value: unknown): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value);
  const shown = json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
  return ` (value: ${shown})`;
}

/** One line per problem: `file:line  field: message (value: ...)`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}  ${field}${problem.message}${describeValue(problem.value)}`;
}

/** The whole report, as one message. */
export function formatProblems(problems: ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check failed (${count}):`, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join('\n');
}
