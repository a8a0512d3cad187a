import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collections, extensionOf, type CollectionDefinition } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/collection-names.ts';
import { findEsmLines } from './esm-syntax.ts';
import { parseContentFile, type ParsedFile } from './parse.ts';
import type { ContentProblem } from './problem.ts';

/** A content file that parsed, with its entry id. */
export interface ContentFile extends ParsedFile {
  collection: CollectionDefinition;
  /** Entry id: the path below the collection folder without extension, e.g. `fi` or `entry-residence/fi`. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
}

export interface ContentTree {
  files: ContentFile[];
  /** Files that could not be read as content at all. */
  problems: ContentProblem[];
}

/**
 * Reads every collection below `contentDir`. Files that are not entries of
 * their collection (wrong extension, wrong depth) are reported, never skipped
 * in silence, so that nothing an editor wrote is dropped without a word.
 */
export function readContentTree(contentDir: string, projectRoot: string): ContentTree {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collections) {
    const folder = path.join(contentDir, collection.name);
    let names: string[];
    try {
      names = readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((dirent) => dirent.isFile())
        .map((dirent) => path.relative(folder, path.join(dirent.parentPath, dirent.name)));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const file = path.relative(projectRoot, path.join(folder, name)).split(path.sep).join('/');
      const unixName = name.split(path.sep).join('/');
      if (path.basename(unixName).startsWith('.')) continue;
      const problem = misplacedFile(collection, unixName, path.join(folder, name));
      if (problem) {
        problems.push({ file, line: problem.line, field: '', message: problem.message });
        continue;
      }
      const source = readFileSync(path.join(folder, name), 'utf8');
      const parsed = parseContentFile(source, collection.format);
      if (!parsed.ok) {
        problems.push({ file, ...parsed.problem });
        continue;
      }
      const id = unixName.slice(0, -(extensionOf(collection.format).length + 1));
      files.push({ ...parsed.file, collection, id, file });
    }
  }
  return { files, problems };
}

function misplacedFile(collection: CollectionDefinition, name: string, fullPath: string): { message: string; line?: number } | undefined {
  const extension = extensionOf(collection.format);
  const depth = name.split('/').length - 1;
  if (name.endsWith('.mdx')) {
    const [firstCode] = findEsmLines(readFileSync(fullPath, 'utf8'), 1, true);
    return {
      line: firstCode?.line ?? 1,
      message: `MDX is not accepted in the ${collection.name} collection, which editors change through the CMS: MDX can import and run code. Save it as .md (Markdown).`,
    };
  }
  if (!name.endsWith(`.${extension}`)) {
    return { message: `is not a .${extension} file, so the ${collection.name} collection cannot read it` };
  }
  if (depth !== collection.depth) {
    const expected = collection.depth === 0 ? `directly in content/${collection.name}/` : `one folder below content/${collection.name}/`;
    return { message: `is in the wrong folder: ${collection.name} entries live ${expected}` };
  }
  return undefined;
}

/** Ids of the entries of each collection. */
export function entryIds(files: ContentFile[]): Map<CollectionName, Set<string>> {
  const ids = new Map<CollectionName, Set<string>>(collections.map((collection) => [collection.name, new Set<string>()]));
  for (const file of files) ids.get(file.collection.name)!.add(file.id);
  return ids;
}
