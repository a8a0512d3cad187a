// Validates a share of the built pages with html-validate, in a worker thread
// so that the build's cores share the work. Receives { root, files }, answers
// with the problems found.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const { root, files, configDir } = workerData as { root: string; files: string[]; configDir: string };
// The file names given below lie in the project, so the loader finds its .htmlvalidate.json.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const problems: string[] = [];
for (const file of files) {
  const report = await validator.validateString(readFileSync(path.join(root, file), 'utf8'), path.join(configDir, 'dist', file));
  for (const result of report.results) {
    for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column}  ${message.ruleId}: ${message.message}`);
  }
}
parentPort!.postMessage(problems);
