import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** A throwaway clone of the project's committed main, for decap-server to work in. */
export function throwawayClone(): string {
  const repo = path.join(mkdtempSync(path.join(tmpdir(), 'vet-cms-')), 'repo');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), repo]);
  execFileSync('git', ['-C', repo, 'config', 'user.email', 'editor@vet-commons.invalid']);
  execFileSync('git', ['-C', repo, 'config', 'user.name', 'Test editor']);
  return repo;
}

export const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

/** Opens the editor and logs in to the local backend. */
export async function logIn(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}/admin/`);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByRole('link', { name: 'Glossary' }).first().waitFor();
}

/** Picks an option in one of Decap's select widgets (react-select), by the field's label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).first().click({ force: true });
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}
