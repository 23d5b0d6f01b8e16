// Debian's Chromium, started as every gate starts it: playwright-core never
// downloads a browser of its own, and only package registries are reachable.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Starts Chromium for the gate `gate`, or says why it cannot and exits 2 (a
// setup problem, not a failure of the gate) after `cleanup`.
export async function launchChromium(gate, cleanup = () => {}) {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (e) {
    console.error(`${gate}: could not start ${CHROMIUM}: ${String(e.message).split('\n')[0]}`);
    await cleanup();
    process.exit(2);
  }
}
