import { stringify } from 'yaml';
import { backendFromEnv } from './backend.ts';
import { buildCmsConfig } from './config.ts';

/** The site address the committed `public/admin/config.yml` is generated for. */
export const defaultSiteUrl = 'http://localhost:4321';

/** `config.yml` for an environment: the generated config, with a warning not to edit it. */
export function cmsConfigYaml(siteUrl: string = defaultSiteUrl, env: Record<string, string | undefined> = process.env): string {
  const config = buildCmsConfig({ backend: backendFromEnv(env), siteUrl });
  return `# Generated from the content schemas (npm run cms:config): do not edit by hand.\n${stringify(config, { lineWidth: 0 })}`;
}
