import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Folder of the prebuilt Decap CMS bundle in `node_modules`. */
export function decapDistFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/**
 * The files the editor needs from the bundle: the main script, the chunks it
 * loads, its WebAssembly and its licence notices. Source maps and the second
 * copy of the bundle (`cms.js`) are left out.
 */
export function isBundleFile(name: string): boolean {
  return /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name.endsWith('.LICENSE.txt');
}

export function copyDecapBundle(target: string): number {
  const source = decapDistFolder();
  mkdirSync(target, { recursive: true });
  const files = readdirSync(source).filter(isBundleFile);
  for (const file of files) copyFileSync(path.join(source, file), path.join(target, file));
  return files.length;
}
