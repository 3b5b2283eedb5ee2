import Link from 'next/link'

/** Placeholder home of the online hall until the public FAQ pages land. */
export default function HomePage() {
  return (
    <main>
      <h1>客服知识库</h1>
      <p>面向总部、省分公司和地市分公司的电信客服知识库。网上营业厅常见问题页面即将上线。</p>
      <p>
        <Link href="/admin">进入管理后台</Link>
      </p>
    </main>
  )
}
