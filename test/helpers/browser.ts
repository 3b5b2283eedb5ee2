import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium, never a downloaded one; flags keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Where browser tests leave screenshots for a reviewer to look at. */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return path.join(SCREENSHOT_DIR, `${name}.png`)
}
