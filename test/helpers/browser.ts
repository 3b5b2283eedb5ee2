import fs from 'node:fs'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'

import { CHROMIUM_PATH } from '@test/setup/chromium'

/** Debian's Chromium, never a downloaded one; flags keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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

/** WCAG 2.1 levels A and AA, and axe's best practices (landmarks, heading order, unique labels). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/**
 * What axe-core finds wrong on the page as it is now, one line per rule broken; only inside the
 * `within` selectors when given (the admin's own parts are Payload's, not ours).
 */
export async function accessibilityViolations(
  page: Page,
  within: string[] = [],
): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
  for (const selector of within) builder.include(selector)
  const { violations } = await builder.analyze()
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
}
