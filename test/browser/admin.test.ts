import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { accessibilityViolations, launchChromium, screenshotPath } from '@test/helpers/browser'
import { startDemo } from '@test/helpers/demoServer'

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
  // No locale is set: the browser asks for English, and the admin must still answer in Chinese.
  // A context of its own (not browser.newPage's implicit one): axe opens a page beside it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`${demo.url}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await expect(page.locator('button[type=submit]').innerText()).resolves.toMatch(/登录/)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
  return page
}

describe('npm run demo, in Chromium', () => {
  it('warns at start that demo accounts exist in production', () => {
    expect(demo.logs()).toContain('演示账号')
  })

  it('the demo admin logs in and sees the dashboard in Chinese', async () => {
    const page = await logIn('admin.100000@demo.kb')
    await page.getByText('组织与用户').first().waitFor()
    await page.getByText('组织单位').first().waitFor()
    await page.waitForFunction(() => document.title.includes('仪表板'))
    await page.screenshot({ path: screenshotPath('admin-dashboard') })
    await page.close()
  })

  it('a 广州 agent sees only 广州 users in the admin list', async () => {
    const page = await logIn('agent.440100@demo.kb')
    await page.goto(`${demo.url}/admin/collections/users?limit=100`)
    await page.getByText('agent.440100@demo.kb').first().waitFor()
    const body = await page.locator('body').innerText()
    expect(body).not.toContain('510000@demo.kb')
    expect(body).not.toContain('440000@demo.kb')
    await page.screenshot({ path: screenshotPath('admin-users-guangzhou-agent') })
    await page.close()
  })

  it('the served REST API refuses a 广州 editor a 四川 user', async () => {
    const login = await fetch(`${demo.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor.440100@demo.kb', password: DEMO_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${demo.url}/api/users?where[email][equals]=agent.510000@demo.kb`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).totalDocs).toBe(0)
  })
})

describe('the review workflow in the admin', () => {
  it('a 广东 reviewer finds submissions in 待我审核 and approves one with the sidebar button', async () => {
    const page = await logIn('reviewer.440000@demo.kb')
    await page.getByText('待我审核').first().waitFor()
    await page.screenshot({ path: screenshotPath('admin-dashboard-reviewer') })
    // The workflow's own parts of the admin (the rest is Payload's) pass axe's WCAG 2.1 AA rules.
    const inaccessible = (await accessibilityViolations(page, ['.kb-wf-cards'])).map(
      (violation) => `dashboard cards: ${violation}`,
    )

    await page.goto(`${demo.url}/admin/review-queue`)
    const firstRow = page.locator('table a[href*="/admin/collections/knowledge/"]').first()
    await firstRow.waitFor()
    await page.screenshot({ path: screenshotPath('admin-review-queue') })
    for (const violation of await accessibilityViolations(page, ['.kb-wf-queue']))
      inaccessible.push(`review queue: ${violation}`)
    const title = (await firstRow.innerText()).trim()
    await firstRow.click()

    const approve = page.getByRole('button', { name: '审核通过' })
    await approve.waitFor({ timeout: 30_000 })
    await page.screenshot({ path: screenshotPath('admin-item-workflow-panel') })
    await page.getByText('审核记录').first().waitFor()
    for (const violation of await accessibilityViolations(page, ['.kb-wf']))
      inaccessible.push(`workflow panel and history: ${violation}`)
    expect(inaccessible).toEqual([])
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
