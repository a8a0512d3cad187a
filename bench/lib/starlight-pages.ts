import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { defaultLocale, locales, type Locale } from '../../src/i18n/locales.ts';
import type { GlossaryFile, GlossaryLanguage } from '../../src/schemas/glossary.ts';

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const yamlString = (value: string) => JSON.stringify(value);

function conceptPage(slug: string, concept: GlossaryFile, locale: Locale, titles: Map<string, string>): string {
  const block = concept[locale] as GlossaryLanguage;
  const english = concept.en;
  const preferred = block.terms.find((term) => term.status === 'preferred')?.term ?? english.title;
  const source = english.definition_source;
  const link = (other: string) => `- [${titles.get(other) ?? other}](/glossary/${other}/)`;
  const termRows = locales.flatMap(({ code, name }) =>
    ((concept[code] as GlossaryLanguage | undefined)?.terms ?? []).map((term) => `| ${name} | <span lang="${code}">${term.term}</span> | ${term.type} | ${term.status} |`),
  );
  return [
    '---',
    `title: ${yamlString(preferred)}`,
    `description: ${yamlString(block.definition ?? '')}`,
    '---',
    '',
    block.definition,
    '',
    `Source: ${source.title}, ${source.publisher} (${source.year}).`,
    '',
    '## Terms',
    '',
    '| Language | Term | Type | Status |',
    '| --- | --- | --- | --- |',
    ...termRows,
    ...(english.related?.length ? ['', '## Related concepts', '', ...english.related.map(link)] : []),
    ...(english.broader?.length ? ['', '## Broader concepts', '', ...english.broader.map(link)] : []),
    '',
  ].join('\n');
}

/**
 * Writes the Starlight peer's `src` for a corpus: one page per concept and
 * language with a definition (the pages our site builds for concepts), plus a
 * glossary index listing every concept. Returns the number of pages.
 */
export function writeStarlightPages(corpusDir: string, srcDir: string): number {
  rmSync(srcDir, { recursive: true, force: true });
  const docs = path.join(srcDir, 'content', 'docs');
  mkdirSync(path.join(docs, 'glossary'), { recursive: true });
  writeFileSync(path.join(srcDir, 'content.config.ts'), contentConfig);
  const glossaryDir = path.join(corpusDir, 'glossary');
  const concepts = readdirSync(glossaryDir)
    .sort()
    .map((file) => ({ slug: file.replace(/\.yaml$/, ''), concept: YAML.parse(readFileSync(path.join(glossaryDir, file), 'utf8')) as GlossaryFile }));
  const titles = new Map(concepts.map(({ slug, concept }) => [slug, concept.en.title]));
  let pages = 0;
  for (const { slug, concept } of concepts) {
    for (const { code } of locales) {
      if (!(concept[code] as GlossaryLanguage | null)?.definition) continue;
      const folder = code === defaultLocale ? path.join(docs, 'glossary') : path.join(docs, code, 'glossary');
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `${slug}.md`), conceptPage(slug, concept, code, titles));
      pages++;
    }
  }
  const index = ['---', 'title: Glossary', '---', '', ...concepts.map(({ slug, concept }) => `- [${concept.en.title}](/glossary/${slug}/)`), ''];
  writeFileSync(path.join(docs, 'glossary', 'index.md'), index.join('\n'));
  writeFileSync(path.join(docs, 'index.md'), ['---', 'title: VET Commons glossary', '---', '', 'The [glossary](/glossary/).', ''].join('\n'));
  return pages + 2;
}
