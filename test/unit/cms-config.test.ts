import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '../../src/lib/cms/backend.ts';
import { cmsConfigYaml } from '../../src/lib/cms/config-file.ts';
import { buildCmsConfig, collectionFields } from '../../src/lib/cms/config.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { arrayElement, fieldShape, objectFields } from '../../src/lib/schema/introspect.ts';
import { collections } from '../../src/schemas/collections.ts';
import { glossaryDefaultLanguageSchema } from '../../src/schemas/glossary.ts';
import type { z } from 'astro/zod';

/** Dotted names of every field of a schema, nested objects and lists of objects included. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  return objectFields(schema).flatMap(([name, field]) => {
    const shape = fieldShape(field);
    const path = `${prefix}${name}`;
    if (shape.kind === 'object') return [path, ...schemaPaths(shape.schema, `${path}.`)];
    if (shape.kind === 'array' && fieldShape(arrayElement(shape.schema)).kind === 'object') return [path, ...schemaPaths(fieldShape(arrayElement(shape.schema)).schema, `${path}.`)];
    return [path];
  });
}

function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...(field.fields ? cmsPaths(field.fields, `${prefix}${field.name}.`) : [])]);
}

describe('the CMS config, generated from the schemas', () => {
  it.each(collections.map((collection) => [collection.name, collection] as const))('has exactly the fields of the %s schema', (name, collection) => {
    const schema = name === 'glossary' ? glossaryDefaultLanguageSchema : collection.schema;
    const expected = schemaPaths(schema);
    if (collection.format === 'markdown') expected.push('body');
    expect(cmsPaths(collectionFields(name)).sort()).toEqual(expected.sort());
  });

  it('marks required fields, relations and language fields', () => {
    const guide = collectionFields('guides');
    expect(guide.find((field) => field.name === 'country')).toMatchObject({ widget: 'relation', collection: 'countries', required: true, value_field: '{{slug}}' });
    expect(guide.find((field) => field.name === 'review_interval_months')).toMatchObject({ widget: 'number', value_type: 'int', required: false });
    const twinning = collectionFields('twinnings').find((field) => field.name === 'organisations');
    expect(twinning).toMatchObject({ widget: 'relation', collection: 'organisations', multiple: true, min: 2, max: 2 });
    const glossary = collectionFields('glossary');
    expect(glossary.find((field) => field.name === 'related')).toMatchObject({ widget: 'relation', collection: 'glossary', multiple: true });
    expect(glossary.find((field) => field.name === 'definition')).toMatchObject({ widget: 'text', i18n: true });
    expect(glossary.find((field) => field.name === 'domains')).not.toHaveProperty('i18n');
    expect(glossary.find((field) => field.name === 'last_reviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
  });

  it('uses the editorial workflow and the glossary languages as single-file i18n', () => {
    const config = buildCmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.org' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.i18n).toMatchObject({ structure: 'single_file', default_locale: 'en' });
    expect(config.i18n.locales).toHaveLength(16);
    expect(config.collections.find((collection) => collection.name === 'glossary')).toMatchObject({ i18n: true, format: 'yml', folder: 'content/glossary' });
  });

  it('is committed in its generated form (run npm run cms:config after changing a schema)', () => {
    expect(readFileSync('public/admin/config.yml', 'utf8')).toBe(cmsConfigYaml(undefined, {}));
  });

  it('takes production backends from the environment', () => {
    expect(backendFromEnv({})).toEqual({ name: 'proxy', proxy_url: '/api/v1', branch: 'main' });
    expect(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'org/site', CMS_OPEN_AUTHORING: 'true', CMS_BASE_URL: 'https://auth.example.org' })).toEqual({
      name: 'github',
      repo: 'org/site',
      branch: 'main',
      base_url: 'https://auth.example.org',
      open_authoring: true,
    });
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'org/site', CMS_APP_ID: 'abc' })).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
    expect(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'org/site', CMS_API_ROOT: 'https://codeberg.org/api/v1' })).toMatchObject({ name: 'gitea', api_root: 'https://codeberg.org/api/v1' });
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow('CMS_REPO must be set');
    expect(() => backendFromEnv({ CMS_BACKEND: 'svn' })).toThrow('CMS_BACKEND must be');
  });
});
