import type { Metadata } from 'next'

import { SEARCH_LOG_RETENTION_DAYS } from '@collections/SearchQueries/retention/purgeExpiredSearchQueries'
import { HallChrome } from '@/site/hall/components/HallChrome'
import { privacyPath } from '@/site/hall/paths'
import { baseMetadata } from '@/site/hall/seo'

export const metadata: Metadata = {
  title: '隐私说明',
  description: '网上营业厅常见问题页面收集哪些信息、为何收集、保存多久。',
  ...baseMetadata(privacyPath),
}

/**
 * What the public pages record about a visitor, as the code does it (cookies `kb-area` and
 * `kb-visitor`, votes, the search log, view counts, rate limits). Static: built once, served as is.
 */
export default function PrivacyPage() {
  return (
    <HallChrome>
      <h1>隐私说明</h1>
      <p className="hall-lead">
        网上营业厅常见问题页面无需登录。我们只记录提供和改进本服务所需的少量信息，不记录您的姓名、手机号码或证件号码。
      </p>
      <section className="hall-section" aria-labelledby="privacy-cookies">
        <h2 id="privacy-cookies">浏览器中保存的信息（Cookie）</h2>
        <ul>
          <li>
            <strong>所选地区</strong>（kb-area，保存一年）：下次访问时直接进入您选择的省份或城市。
          </li>
          <li>
            <strong>访客标识</strong>（kb-visitor，保存一年）：您首次评价时生成的随机编号，
            服务器只保存其摘要，用于保证每位访客对每个问题只评价一次。
          </li>
        </ul>
      </section>
      <section className="hall-section" aria-labelledby="privacy-records">
        <h2 id="privacy-records">服务器记录的信息</h2>
        <ul>
          <li>
            <strong>“有帮助 / 没帮助”评价</strong>：评价结果、您选填的意见和所在省份，用于改进答案。
            请勿在意见中填写手机号码、证件号码等个人信息。
          </li>
          <li>
            <strong>搜索</strong>
            ：搜索词、所选地区、结果数量、耗时以及您打开了哪条结果，用于改进搜索，
            不与您的身份关联，保存 {SEARCH_LOG_RETENTION_DAYS} 天后自动删除。
          </li>
          <li>
            <strong>浏览次数</strong>：按省份统计每个问题被浏览的次数，用于“热门问题”。
          </li>
          <li>
            <strong>防止滥用</strong>
            ：按访问来源地址限制评价和浏览计数的频率，计数只在服务器内存中短时保存。
          </li>
        </ul>
      </section>
      <p>办理业务或咨询个人信息相关问题，请拨打您所在地区的客服热线。</p>
    </HallChrome>
  )
}
