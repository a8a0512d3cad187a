import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * The CMS's own clone of the project. decap-server commits with `git add .`
 * and checks out branches in its working tree, so it never gets the
 * developer's checkout: it works in this clone, and nothing it does can touch
 * files the editor did not change or switch the developer's branch.
 */
export function prepareWorkspace(projectRoot: string, workspace: string, branch = 'main'): void {
  if (!existsSync(path.join(workspace, '.git'))) {
    mkdirSync(path.dirname(workspace), { recursive: true });
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', projectRoot, workspace], { stdio: 'inherit' });
  } else {
    git(workspace, ['fetch', '--quiet', 'origin']);
  }
  const source = hasRef(workspace, `refs/remotes/origin/${branch}`) ? `origin/${branch}` : 'HEAD';
  if (!hasRef(workspace, `refs/heads/${branch}`)) git(workspace, ['branch', branch, source]);
  git(workspace, ['checkout', '--quiet', branch]);
  // Commits made in the project since the last start come in; commits the CMS
  // published and the project has not taken yet stay.
  if (source !== 'HEAD' && isAncestor(workspace, branch, source)) git(workspace, ['merge', '--ff-only', '--quiet', source]);
  // Commits need an author even on machines without a global Git identity.
  if (!gitConfig(workspace, 'user.email')) git(workspace, ['config', 'user.email', 'editor@vet-commons.invalid']);
  if (!gitConfig(workspace, 'user.name')) git(workspace, ['config', 'user.name', 'VET Commons editor']);
}

export function hasRef(repo: string, ref: string): boolean {
  try {
    git(repo, ['rev-parse', '--verify', '--quiet', ref]);
    return true;
  } catch {
    return false;
  }
}

function isAncestor(repo: string, ancestor: string, descendant: string): boolean {
  try {
    git(repo, ['merge-base', '--is-ancestor', ancestor, descendant]);
    return true;
  } catch {
    return false;
  }
}

function gitConfig(repo: string, key: string): string {
  try {
    return git(repo, ['config', key]);
  } catch {
    return '';
  }
}

/** The commit a branch points at. */
export function headOf(repo: string, branch = 'main'): string {
  return git(repo, ['rev-parse', branch]);
}

/** Writes the `content/` folder of a branch to `target` (replacing it), without touching any working tree. */
export function exportContent(repo: string, target: string, branch = 'main'): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${branch} content | tar -x -C "${target}"`], { cwd: repo });
}

/**
 * Brings published CMS commits into the developer's checkout when that is
 * safe: only as a fast-forward of the branch they are on, which Git refuses
 * if it would overwrite their uncommitted changes. Returns whether it did.
 */
export function fastForwardCheckout(projectRoot: string, workspace: string, branch = 'main'): boolean {
  git(projectRoot, ['fetch', '--quiet', workspace, `${branch}:refs/remotes/cms/${branch}`]);
  try {
    if (git(projectRoot, ['rev-parse', '--abbrev-ref', 'HEAD']) !== branch) return false;
    git(projectRoot, ['merge', '--ff-only', '--quiet', `cms/${branch}`]);
    return true;
  } catch {
    return false;
  }
}
