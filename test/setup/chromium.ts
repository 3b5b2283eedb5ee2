import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/** Debian's Chromium, never a downloaded one (`CHROMIUM_PATH` points elsewhere if needed). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian packages the browser tests use: the browser, and CJK fonts so screenshots show Chinese. */
const PACKAGES = ['chromium', 'fonts-noto-cjk']

const chromiumPresent = () => fs.existsSync(CHROMIUM_PATH)

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  if (chromiumPresent()) return null
  return `browser tests skipped: no Chromium at ${CHROMIUM_PATH} — run \`apt-get install ${PACKAGES.join(' ')}\` as root (or set CHROMIUM_PATH) to enable them`
}

const canInstall = () =>
  process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0

/**
 * Installs Debian's Chromium when it is missing and this process may (root with apt), showing
 * apt's output; otherwise leaves the decision to skip to the test config.
 */
export function installChromiumIfMissing(): void {
  if (chromiumPresent() || process.env.CHROMIUM_PATH || !canInstall()) return
  console.log(`browser tests need ${PACKAGES.join(', ')}: installing them with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.log(`apt-get ${args[0]} failed (exit ${result.status})`)
      return
    }
  }
}
