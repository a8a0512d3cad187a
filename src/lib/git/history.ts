import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** One commit that changed a file. */
export interface Change {
  hash: string;
  /** Commit date, `YYYY-MM-DD`. */
  date: string;
  /** The commit message's first line. */
  subject: string;
  /** Files under the folder that the commit touched, relative to that folder. */
  files: string[];
}

const recordSeparator = '\x1e';
const fieldSeparator = '\x1f';

/**
 * The commits that touched files under `folder`, newest first, read with one
 * `git log` call. Outside a Git checkout (a downloaded archive, a benchmark
 * corpus) there is no history, and the result is empty rather than an error.
 */
export function folderHistory(folder: string): Change[] {
  let output: string;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const relative = path.relative(root, folder).split(path.sep).join('/');
    output = execFileSync('git', ['log', `--format=${recordSeparator}%H${fieldSeparator}%cs${fieldSeparator}%s`, '--name-only', '--no-renames', '--', relative || '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseLog(output, relative);
  } catch {
    return [];
  }
}

/** Parses `git log --name-only` output in the format above. */
export function parseLog(output: string, folder: string): Change[] {
  const prefix = folder ? `${folder}/` : '';
  return output
    .split(recordSeparator)
    .filter((record) => record.trim())
    .map((record) => {
      const [header, ...names] = record.split('\n');
      const [hash, date, subject] = header.split(fieldSeparator);
      const files = names.map((name) => name.trim()).filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
      return { hash, date, subject, files };
    });
}

/** The changes of each file, newest first. */
export function changesByFile(changes: Change[]): Map<string, Change[]> {
  const byFile = new Map<string, Change[]>();
  for (const change of changes) {
    for (const file of change.files) byFile.set(file, [...(byFile.get(file) ?? []), change]);
  }
  return byFile;
}
