import path from 'node:path';

/**
 * The folder content is read from: `content/` in the project, or the folder in
 * `VET_CONTENT_DIR` (tests and the benchmark build other content trees).
 */
export function contentRoot(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.VET_CONTENT_DIR ?? 'content');
}
