'use client'

import { usePathname } from 'next/navigation'

import { hallPath } from '../paths'

/** On a hall page's 404: a link back to the area's questions (from the address), else home. */
export function BackToArea() {
  const area = usePathname()?.match(/^\/hall\/(\d{6})(?:\/|$)/)?.[1]
  return <a href={area ? hallPath(area) : '/'}>返回常见问题列表</a>
}
