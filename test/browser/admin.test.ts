import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { seedBlocksToLexical } from '@/richtext/seedToLexical'
import { accessibilityViolations, launchChromium, screenshotPath } from '@test/helpers/browser'
import { startDemo } from '@test/helpers/demoServer'
import { loginOverHttp } from '@test/helpers/httpClient'

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

// Only the production build showed this: its bundle held two copies of Payload and erased the names
// of Payload's error classes, so Payload's REST error formatter recognised none of the app's
// refusals and answered "An unknown error occurred." (the loopback server of the integration tests
// loads Payload from node_modules and never saw it).
describe('the served REST API gives the reason of a refusal', () => {
  it('changing one’s own roles, a workflow action not open, a rule broken by a hook', async () => {
    const reviewer = await loginOverHttp(demo.url, 'reviewer.440300@demo.kb', DEMO_PASSWORD)
    const me = (await (await reviewer.get('/api/users/me')).json()) as { user: { id: string } }
    const roles = await reviewer.patch(`/api/users/${me.user.id}`, { roles: ['admin'] })
    expect(roles.status).toBe(403)
    expect((await roles.json()).errors).toEqual([
      expect.objectContaining({ message: '不能修改自己的角色或所属单位' }),
    ])

    const editor = await loginOverHttp(demo.url, 'editor.440100@demo.kb', DEMO_PASSWORD)
    const live = await (
      await editor.get(
        '/api/knowledge?depth=0&limit=1&where[ownerCode][equals]=440100&where[_status][equals]=published',
      )
    ).json()
    const refused = await editor.post(`/api/knowledge/${live.docs[0].id}/workflow`, {
      action: 'approve',
    })
    expect(refused.status).toBe(400)
    const refusal = (await refused.json()).errors[0]
    expect(refusal.message).toBe('只有审核中的条目可以审核')
    expect(refusal.data.allowed).toEqual(expect.any(Array))

    const categories = await (await editor.get('/api/categories?depth=0&limit=1')).json()
    const script = await editor.post('/api/knowledge?draft=true', {
      kind: 'script',
      title: '公开的话术',
      summary: '不该公开',
      category: categories.docs[0].id,
      channels: ['online_hall'],
    })
    expect(script.status).toBe(400)
    const invalid = (await script.json()).errors[0]
    expect(invalid.data.errors).toEqual([
      expect.objectContaining({ path: 'channels', message: '话术和服务公告只能发布到坐席知识库' }),
    ])
    expect(JSON.stringify([refusal, invalid])).not.toContain('stack')
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

describe('服务前置 in the admin', () => {
  it('a 广东 editor sees the board: at risk, held and not ready, with what is missing and who owns it', async () => {
    const page = await logIn('editor.440000@demo.kb')
    const board = page.locator('.kb-sr-board')
    await board.getByText('广东千兆宽带提速季').waitFor()
    const rows = await board.locator('tbody tr').allInnerTexts()
    const row = (title: string) => rows.find((text) => text.includes(title)) ?? ''
    expect(row('广东千兆宽带提速季')).toContain('有风险')
    expect(row('广东千兆宽带提速季')).toContain('一致性检查：待评估（客户服务部）')
    expect(row('广州宽带安装限时优惠')).toContain('上线受阻')
    expect(row('广州宽带安装限时优惠')).toContain('《广州宽带安装费用及限时优惠》尚未审核通过')
    expect(row('广州营业厅预约规则调整')).toContain('未就绪')
    // HQ's launch is not 广东's to load; the 四川 one is not 广东's at all.
    expect(rows.join('\n')).not.toContain('新套餐全国上市')
    expect(rows.join('\n')).not.toContain('成都')
    await page.screenshot({ path: screenshotPath('admin-service-readiness-board') })
    expect(await accessibilityViolations(page, ['.kb-sr-board'])).toEqual([])

    await board.getByRole('link', { name: '广东千兆宽带提速季' }).click()
    await page.waitForURL(/\/admin\/collections\/service-activities\//)
    await page.getByText('服务评估').first().waitFor()

    // The activity's announcement says, in its own sidebar, which activity needs it and how ready.
    const editor = await loginOverHttp(demo.url, 'editor.440000@demo.kb', DEMO_PASSWORD)
    const found = await editor.get('/api/knowledge?where[externalId][equals]=demo-0103&draft=true')
    const notice = ((await found.json()) as { docs: Array<{ id: string }> }).docs[0]!
    await page.goto(`${demo.url}/admin/collections/knowledge/${notice.id}`)
    const sidebar = page.locator('.kb-sr-item')
    await sidebar.getByRole('link', { name: '广东千兆宽带提速季' }).waitFor()
    expect(await sidebar.innerText()).toContain('有风险')
    expect(await accessibilityViolations(page, ['.kb-sr-item'])).toEqual([])
    await page.close()
  })
})

describe('the report channel, end to end in Chromium', () => {
  it('a 广州 agent reports a missing answer from a failed search; 广州 forwards it; 广东 answers with a new FAQ; the agent reads the reply and finds the answer', async () => {
    const stamp = Date.now().toString(36)
    const query = '鹦鹉螺'
    const need = `客户问鹦鹉螺卫星终端能否办理（${stamp}）`
    const reply = `已新增 FAQ《鹦鹉螺卫星终端怎么办理？》（${stamp}）`

    // 1. The agent searches, finds nothing, and reports it from the results.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const agent = await context.newPage()
    await agent.goto(`${demo.url}/agent/login`)
    await agent.fill('#agent-login-email', 'agent.440100@demo.kb')
    await agent.fill('#agent-login-password', DEMO_PASSWORD)
    await agent.getByRole('button', { name: '登录' }).click()
    await agent.waitForURL((url) => url.pathname === '/agent')
    await agent.getByRole('combobox', { name: '搜索知识库' }).fill(query)
    await agent.getByText(`没有找到与“${query}”相关的知识`).waitFor({ timeout: 15_000 })
    await agent.getByRole('link', { name: '上报缺失知识' }).click()
    await agent.waitForURL((url) => url.pathname === '/agent/reports/new')
    await expect(agent.getByLabel('没有查到答案的搜索词').inputValue()).resolves.toBe(query)
    await agent.getByLabel('客户问了什么？需要补充什么知识？').fill(need)
    await agent.getByRole('button', { name: '提交' }).click()
    await agent.getByText('已提交，本单位将受理').waitFor({ timeout: 15_000 })
    await agent.screenshot({ path: screenshotPath('site-agent-report-missing') })
    expect(await accessibilityViolations(agent, ['.agent-report-form'])).toEqual([])

    // 2. 广州's reviewer was told (the bell, 我的通知), finds it on the dashboard and forwards it
    //    to 广东 with a note.
    const reviewer = await logIn('reviewer.440100@demo.kb')
    await reviewer.locator('.kb-bell__count').waitFor()
    await reviewer.locator('.kb-bell').click()
    await reviewer.waitForURL((url) => url.pathname === '/admin/inbox')
    await reviewer.getByRole('link', { name: `新反馈：缺失知识：${query}` }).waitFor()
    expect(await accessibilityViolations(reviewer, ['.kb-inbox-view'])).toEqual([])
    await reviewer.goto(`${demo.url}/admin`)
    const card = reviewer.locator('.kb-rm')
    await card.getByText('反馈监控').waitFor()
    expect(await accessibilityViolations(reviewer, ['.kb-rm'])).toEqual([])
    await card.getByRole('link', { name: '本单位待处理的反馈' }).click()
    await reviewer.getByRole('link', { name: `缺失知识：${query}` }).click()
    await reviewer.getByRole('button', { name: '上报上级' }).click()
    await reviewer.getByLabel(/上报说明/).fill('卫星终端业务由省公司统一受理，请补充口径')
    await reviewer.getByRole('button', { name: '确认上报上级' }).click()
    await reviewer.getByText('已上报上级').first().waitFor({ timeout: 15_000 })
    await reviewer.screenshot({ path: screenshotPath('admin-report-forwarded') })
    await reviewer.close()

    // 3. 广东 writes the answer (editor → reviewer over the API; an agents-only FAQ has no
    //    compliance step) and closes the report in the admin with its reply.
    const editor = await loginOverHttp(demo.url, 'editor.440000@demo.kb', DEMO_PASSWORD)
    const categories = (await (
      await editor.get('/api/categories?limit=1&depth=0&where[parent][exists]=false')
    ).json()) as { docs: { id: string }[] }
    const created = await editor.post('/api/knowledge?draft=true', {
      kind: 'faq',
      title: '鹦鹉螺卫星终端怎么办理？',
      summary: '鹦鹉螺卫星终端可在广东各自有营业厅办理，需携带本人身份证件。',
      body: seedBlocksToLexical([
        { type: 'paragraph', text: '携带本人身份证件到广东任一自有营业厅即可办理。' },
      ]),
      category: categories.docs[0]!.id,
      channels: ['agent_kb'],
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const faq = ((await created.json()) as { doc: { id: string } }).doc.id
    for (const [email, action] of [
      ['editor.440000@demo.kb', 'submit'],
      ['reviewer.440000@demo.kb', 'approve'],
    ] as const) {
      const client = await loginOverHttp(demo.url, email, DEMO_PASSWORD)
      const res = await client.post(`/api/knowledge/${faq}/workflow`, { action })
      expect(res.status, await res.clone().text()).toBe(200)
      if (action === 'approve') expect((await res.json()).workflowState).toBe('published')
    }
    const province = await logIn('editor.440000@demo.kb')
    await province.goto(
      `${demo.url}/admin/collections/feedback?where[handlerCode][equals]=440000&where[status][in]=new,accepted,forwarded`,
    )
    await province.getByRole('link', { name: `缺失知识：${query}` }).click()
    await province.getByRole('button', { name: '办结' }).click()
    await province.getByLabel('处理答复（反馈人可见）（必填）').fill(reply)
    await province.getByRole('button', { name: '确认办结' }).click()
    await province.getByText('已办结').first().waitFor({ timeout: 15_000 })
    await province.close()

    // 4. The agent reads the reply in 我的反馈, with the hop to 广东, and now finds the answer.
    await agent.goto(`${demo.url}/agent/reports`)
    const entry = agent.locator('.agent-report').filter({ hasText: need })
    await entry.waitFor()
    await expect(entry.locator('.agent-status').first().innerText()).resolves.toBe('已解决')
    await expect(entry.innerText()).resolves.toContain(reply)
    await entry.getByText(/流转记录/).click()
    await expect(entry.innerText()).resolves.toMatch(/上报上级：广州市分公司 → 广东省分公司/)
    await agent.screenshot({ path: screenshotPath('site-agent-report-answered') })
    // …and was told so: 通知 in the console's navigation, the answer at the top of the inbox.
    await agent.getByRole('link', { name: /^通知\s*\d+ 条未读$/ }).click()
    await agent.waitForURL((url) => url.pathname === '/agent/notifications')
    await agent.getByText(`您的反馈已办结：缺失知识：${query}`).waitFor()
    expect(await accessibilityViolations(agent, ['.agent-inbox'])).toEqual([])
    await agent.goto(`${demo.url}/agent`)
    await expect
      .poll(
        async () => {
          await agent.getByRole('combobox', { name: '搜索知识库' }).fill('')
          await agent.getByRole('combobox', { name: '搜索知识库' }).fill(query)
          await agent.waitForTimeout(800)
          return agent.locator('.agent-hit__title').allInnerTexts()
        },
        { timeout: 20_000 },
      )
      .toContain('鹦鹉螺卫星终端怎么办理？')
    await context.close()
  })

  it('a 广东 editor reads the province’s weekly 反馈通报 as tables, with its CSV', async () => {
    const page = await logIn('editor.440000@demo.kb')
    await page.goto(`${demo.url}/admin/collections/report-bulletins?where[cadence][equals]=weekly`)
    await page.getByRole('link', { name: /^广东省分公司反馈周报/ }).click()
    const tables = page.locator('.kb-bulletin')
    await tables.getByRole('heading', { name: '各单位受理与办结' }).waitFor()
    expect(await tables.locator('tbody th').allInnerTexts()).toEqual([
      '广东省分公司（本级）',
      '广州市分公司',
      '深圳市分公司',
    ])
    const csv = tables.getByRole('link', { name: '导出 CSV' })
    const res = await page.request.get(new URL((await csv.getAttribute('href'))!, demo.url).href)
    expect(res.status()).toBe(200)
    expect(await res.text()).toContain('广州市分公司,440100')
    await page.screenshot({ path: screenshotPath('admin-report-bulletin') })
    expect(await accessibilityViolations(page, ['.kb-bulletin'])).toEqual([])
    await page.close()
  })
})
