import path from 'node:path';
import { contentRoot } from '../lib/content/location.ts';
import { changesByFile, folderHistory, type Change } from '../lib/git/history.ts';

let glossaryChanges: Change[] | undefined;
let byFile: Map<string, Change[]> | undefined;

/** Commits that changed the glossary, newest first (read from Git once per build). */
export function getGlossaryChanges(): Change[] {
  glossaryChanges ??= folderHistory(path.join(contentRoot(), 'glossary'));
  return glossaryChanges;
}

/** The dated changes of one concept, newest first. */
export function conceptHistory(slug: string): Change[] {
  byFile ??= changesByFile(getGlossaryChanges());
  return byFile.get(`${slug}.yaml`) ?? [];
}
