import { describe, expect, it } from 'vitest'

import { rememberedArea } from '@/site/hall/paths'

describe('rememberedArea', () => {
  it('reads the area code from a cookie string, wherever it stands', () => {
    expect(rememberedArea('kb-area=440100')).toBe('440100')
    expect(rememberedArea('theme=dark; kb-area=440000; other=1')).toBe('440000')
  })

  it('is null when there is none, or it is not an area code', () => {
    for (const cookies of [
      '',
      'theme=dark',
      'xkb-area=440100',
      'kb-area=4401000',
      'kb-area=//evil',
      'kb-area=',
    ])
      expect(rememberedArea(cookies), cookies).toBeNull()
  })
})
