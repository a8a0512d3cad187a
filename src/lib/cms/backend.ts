/**
 * The Git host the CMS commits to, from the environment, so that one build
 * serves a local preview and each production host:
 *
 * - `CMS_BACKEND`: `local` (decap-server on the same origin, the default),
 *   `github`, `gitlab` or `gitea` (Gitea and Forgejo).
 * - `CMS_REPO`: `owner/name` on the host.
 * - `CMS_BRANCH`: the branch the site is built from (default `main`).
 * - `CMS_BASE_URL`, `CMS_AUTH_ENDPOINT`: the OAuth proxy for GitHub.
 * - `CMS_OPEN_AUTHORING`: `true` lets GitHub users without write access propose
 *   changes through forks and pull requests.
 * - `CMS_APP_ID`, `CMS_API_ROOT`, `CMS_AUTH_TYPE`: GitLab PKCE and Gitea/Forgejo settings.
 */
export type BackendConfig = Record<string, string | boolean>;

export function backendFromEnv(env: Record<string, string | undefined> = process.env): BackendConfig {
  const name = env.CMS_BACKEND ?? 'local';
  const branch = env.CMS_BRANCH ?? 'main';
  const optional = (entries: Record<string, string | boolean | undefined>) =>
    Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string | boolean] => entry[1] !== undefined && entry[1] !== ''));
  switch (name) {
    case 'local':
      // decap-server answers under /api/v1 on the site's own origin (npm start
      // passes it through), so the editor needs no cross-origin access.
      return { name: 'proxy', proxy_url: '/api/v1', branch };
    case 'github':
      return optional({
        name: 'github',
        repo: required(env, 'CMS_REPO'),
        branch,
        base_url: env.CMS_BASE_URL,
        auth_endpoint: env.CMS_AUTH_ENDPOINT,
        open_authoring: env.CMS_OPEN_AUTHORING === 'true' ? true : undefined,
      });
    case 'gitlab':
      return optional({ name: 'gitlab', repo: required(env, 'CMS_REPO'), branch, auth_type: env.CMS_AUTH_TYPE ?? 'pkce', app_id: env.CMS_APP_ID, api_root: env.CMS_API_ROOT, base_url: env.CMS_BASE_URL });
    case 'gitea':
      return optional({ name: 'gitea', repo: required(env, 'CMS_REPO'), branch, app_id: env.CMS_APP_ID, api_root: env.CMS_API_ROOT, base_url: env.CMS_BASE_URL });
    default:
      throw new Error(`CMS_BACKEND must be local, github, gitlab or gitea, not "${name}"`);
  }
}

function required(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set when CMS_BACKEND is ${env.CMS_BACKEND}`);
  return value;
}
