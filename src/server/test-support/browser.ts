/** Headless Chromium for end-to-end tests, and where their screenshots go. */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Screenshots the tests leave behind (gitignored). */
export const ARTIFACTS = `${ROOT}test-artifacts`;

/** Says once why the browser tests are skipped. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(`browser tests: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}
