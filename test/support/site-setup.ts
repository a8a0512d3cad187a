import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

/** Where the site tests build the real site, away from the developer's `dist/`. */
export const testSiteDir = path.resolve('test/.tmp/site');
/** The day the test build treats as today, so review notices are predictable. */
export const testToday = '2027-07-01';
/** decap-server for CMS tests listens here; the test site passes `/api/v1` to it. */
export const testCmsPort = 8097;

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

/**
 * Builds the real site once for all site tests (search index and CMS
 * included) and serves it as a static host would. `VET_TEST_REUSE_BUILD=1`
 * skips the build when one exists, for quick reruns while developing.
 */
export default async function setup(project: TestProject) {
  if (!(process.env.VET_TEST_REUSE_BUILD && existsSync(path.join(testSiteDir, 'index.html')))) {
    console.log('Building the site for the site tests...');
    const { code, output } = await buildSite(process.cwd(), { VET_OUT_DIR: testSiteDir, VET_TODAY: testToday, CMS_BACKEND: 'local', VET_VALIDATE_HTML: '1' }, false);
    if (code !== 0) throw new Error(`The test build failed:\n${output.slice(-4000)}`);
  }
  const server = await startStaticServer({ root: testSiteDir, port: 0, cmsProxyPort: testCmsPort });
  project.provide('siteUrl', `http://localhost:${server.port}`);
  project.provide('siteDir', testSiteDir);
  return () => server.close();
}
