'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'

import { faqPath } from '../paths'

type Hit = {
  id: string
  title: string
  /** HTML-escaped by the search API, with <mark> around matches. */
  titleHighlighted: string
  category: { id: string; name: string } | null
}

type Status = 'idle' | 'loading' | 'done' | 'error'

const DEBOUNCE_MS = 150
const MAX_SUGGESTIONS = 8
const MAX_QUERY_LENGTH = 200

/**
 * Search-as-you-type over the area's public FAQs (WAI-ARIA combobox with a listbox popup):
 * ↑/↓ choose a suggestion, Enter opens it, Esc closes the list (or clears the box).
 * Requests go without cookies, so a signed-in member of staff sees what the public sees.
 */
export function SearchBox({
  area,
  province,
  city,
}: {
  area: string
  province: string
  city: string | null
}) {
  const id = useId()
  const inputId = `${id}-q`
  const listId = `${id}-list`
  const hintId = `${id}-hint`
  const optionId = (index: number) => `${id}-option-${index}`
  const router = useRouter()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[]>([])
  const [total, setTotal] = useState(0)
  const [queryId, setQueryId] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState<Status>('idle')
  const pending = useRef<AbortController | null>(null)

  useEffect(() => {
    const q = query.trim()
    if (!q) {
      pending.current?.abort()
      setHits([])
      setActive(-1)
      setOpen(false)
      setStatus('idle')
      return
    }
    const timer = setTimeout(async () => {
      pending.current?.abort()
      const controller = new AbortController()
      pending.current = controller
      setStatus('loading')
      const params = new URLSearchParams({ q, channel: 'online_hall', province })
      if (city) params.set('city', city)
      try {
        const res = await fetch(`/api/kb/search?${params}`, {
          signal: controller.signal,
          credentials: 'omit',
          headers: { accept: 'application/json' },
        })
        if (!res.ok) throw new Error(`search ${res.status}`)
        const data = (await res.json()) as { hits: Hit[]; total: number; queryId: string }
        if (controller.signal.aborted) return
        setHits(data.hits.slice(0, MAX_SUGGESTIONS))
        setTotal(data.total)
        setQueryId(data.queryId)
        setActive(-1)
        setOpen(true)
        setStatus('done')
      } catch {
        if (controller.signal.aborted) return
        setHits([])
        setStatus('error')
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, province, city])

  useEffect(() => () => pending.current?.abort(), [])

  function choose(hit: Hit) {
    if (queryId) {
      // Fire and forget: the page change must not wait for statistics.
      fetch('/api/kb/search/click', {
        method: 'POST',
        credentials: 'omit',
        keepalive: true,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ queryId, itemId: hit.id }),
      }).catch(() => undefined)
    }
    setOpen(false)
    router.push(faqPath(area, hit.id))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = hits.length
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return
        event.preventDefault()
        setOpen(true)
        setActive((index) => (open ? (index + 1) % count : 0))
        break
      case 'ArrowUp':
        if (!count) return
        event.preventDefault()
        setOpen(true)
        setActive((index) => (open && index > 0 ? index - 1 : count - 1))
        break
      case 'Enter': {
        event.preventDefault()
        const hit = open && active >= 0 ? hits[active] : undefined
        if (hit) choose(hit)
        else if (count) {
          // First Enter shows and selects the best answer; the next one opens it.
          setOpen(true)
          setActive(0)
        }
        break
      }
      case 'Escape':
        if (open) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (query) {
          event.preventDefault()
          setQuery('')
        }
        break
    }
  }

  const expanded = open && hits.length > 0
  const message =
    status === 'error'
      ? '搜索暂时不可用，请稍后再试，或浏览下方的问题分类。'
      : status === 'done' && hits.length === 0
        ? '没有找到相关问题，换个说法试试，或浏览下方的问题分类。'
        : ''
  const announcement =
    status === 'done' && hits.length > 0
      ? `找到 ${total} 个相关问题，显示前 ${hits.length} 个，用上下方向键选择，回车打开。`
      : ''

  return (
    <form
      role="search"
      className="hall-search"
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <label htmlFor={inputId} className="hall-search__label">
        搜索问题
      </label>
      <div className="hall-search__box">
        <input
          id={inputId}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="输入问题，如：套餐变更、宽带报修"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => hits.length > 0 && setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="搜索建议"
          className="hall-search__list"
          hidden={!expanded}
        >
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="hall-search__option"
              // Keep focus in the box so the click lands before the list closes.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => active !== index && setActive(index)}
              onClick={() => choose(hit)}
            >
              <span
                className="hall-search__title"
                dangerouslySetInnerHTML={{ __html: hit.titleHighlighted }}
              />
              {hit.category ? (
                <span className="hall-search__category">{hit.category.name}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="hall-search__hint">
        边输入边给出答案建议
      </p>
      <p role="status" className="hall-search__status">
        {message}
        <span className="visually-hidden">{announcement}</span>
      </p>
    </form>
  )
}
