// Shared set-up of the end-to-end tests and benchmarks: Debian's Chromium,
// headless, driven by playwright-core (which never downloads a browser),
// with a new empty profile per run. playwright-core is a devDependency of
// web/frontend, so it is loaded from there.

import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

// launch starts Chromium with a throw-away user-data-dir and returns a
// persistent context of 1280×800 and a close function that also removes
// the profile.
export async function launch({ width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// baseURL is the server under test (scripts/test starts one and sets it).
export function baseURL() {
  const u = process.env.NEWSGRAPH_URL;
  if (!u) throw new Error('NEWSGRAPH_URL is not set: run the end-to-end tests through scripts/test (or set it to a newsgraph serve address)');
  return u.replace(/\/$/, '');
}
