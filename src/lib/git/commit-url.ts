/**
 * The web page of a commit on the repository host, from the repository's
 * address (`REPOSITORY_URL`, e.g. https://github.com/org/vet-commons).
 * GitLab puts commits under `/-/commit/`; GitHub, Forgejo and Gitea under `/commit/`.
 */
export function commitUrl(repositoryUrl: string | undefined, hash: string): string | undefined {
  if (!repositoryUrl) return undefined;
  const base = repositoryUrl.replace(/\.git$/, '').replace(/\/$/, '');
  const isGitLab = /(^|\.)gitlab\./.test(new URL(base).host);
  return `${base}${isGitLab ? '/-/commit/' : '/commit/'}${hash}`;
}
