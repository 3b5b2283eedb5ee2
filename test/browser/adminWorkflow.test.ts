import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { launchChromium, screenshotPath } from '../helpers/browser'
import { startDemo } from '../helpers/demoServer'

let demo: Awaited<ReturnType<typeof startDemo>>
let browser: Browser

beforeAll(async () => {
  demo = await startDemo()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await demo?.stop()
})

async function logIn(email: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${demo.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
  return page
}

describe('the review workflow in the admin', () => {
  it('a 广东 reviewer finds submissions in 待我审核 and approves one with the sidebar button', async () => {
    const page = await logIn('reviewer.440000@demo.kb')
    await page.getByText('待我审核').first().waitFor()
    await page.screenshot({ path: screenshotPath('admin-dashboard-reviewer') })

    await page.goto(`${demo.url}/admin/review-queue`)
    const firstRow = page.locator('table a[href*="/admin/collections/knowledge/"]').first()
    await firstRow.waitFor()
    await page.screenshot({ path: screenshotPath('admin-review-queue') })
    const title = (await firstRow.innerText()).trim()
    await firstRow.click()

    const approve = page.getByRole('button', { name: '审核通过' })
    await approve.waitFor({ timeout: 30_000 })
    await page.screenshot({ path: screenshotPath('admin-item-workflow-panel') })
    await approve.click()
    // The step moves on: this reviewer has nothing left to do on it.
    await expect(approve.waitFor({ state: 'detached', timeout: 30_000 })).resolves.toBeUndefined()
    await page.getByText('审核记录').first().waitFor()
    await page
      .getByText(/审核通过/)
      .first()
      .waitFor()
    expect(title.length).toBeGreaterThan(0)
    await page.close()
  })
})
