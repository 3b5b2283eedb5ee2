'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'

import { kindLabel, ownerLevelLabel } from '../labels'

import { isTextEntry } from '../isTextEntry'

/** Fast enough to feel instant, slow enough not to search every keystroke of a fast typist. */
const DEBOUNCE_MS = 120
const MAX_QUERY_LENGTH = 200
const CACHE_KEY = 'agent-kb:last-search'

type Hit = {
  id: string
  title: string
  titleHighlighted: string
  snippet: string
  kind: string
  category: { id: string; name: string } | null
  ownerLevel: string
  ownerCode: string
  /** The search that showed this hit (pages are separate searches), for the click record. */
  queryId: string
}

type Facet = { id: string; name: string; count: number }

type SearchResponse = {
  queryId: string
  total: number
  page: number
  pageSize: number
  tookMs: number
  hits: Omit<Hit, 'queryId'>[]
  facets: { category: Facet[] }
}

type Results = {
  q: string
  category: string | null
  hits: Hit[]
  total: number
  page: number
  pageSize: number
  tookMs: number
  facets: Facet[]
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done' }
  | { kind: 'error'; message: string; signedOut?: boolean }

const itemHref = (id: string, q: string) =>
  `/agent/item/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`

/** Records which hit a search led to (first click only, server side); never blocks navigation. */
function recordClick(hit: Hit) {
  fetch('/api/kb/search/click', {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: true,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queryId: hit.queryId, itemId: hit.id }),
  }).catch(() => undefined)
}

/**
 * How long a saved search is reused. Long enough to come back from an item page; short enough that
 * an agent asking again later sees what was published since (a new answer to a search that found
 * nothing).
 */
const CACHE_MS = 2 * 60_000

function readCache(q: string, category: string | null): Results | null {
  try {
    const cached = JSON.parse(sessionStorage.getItem(CACHE_KEY) ?? 'null') as {
      savedAt: number
      results: Results
    } | null
    const results = cached && Date.now() - cached.savedAt < CACHE_MS ? cached.results : null
    return results && results.q === q && results.category === category ? results : null
  } catch {
    return null
  }
}

function writeCache(results: Results) {
  // Nothing found is nothing to come back to, and the next try may find a new answer.
  if (results.total === 0) return
  try {
    sessionStorage.setItem(CACHE_KEY, JSON.stringify({ savedAt: Date.now(), results }))
  } catch {
    // Storage full or disabled: the cache only saves a search when coming back.
  }
}

/** Keeps `?q=` in the address bar, so reload, back and forward return to the same search. */
function syncAddress(q: string) {
  const url = q ? `/agent?q=${encodeURIComponent(q)}` : '/agent'
  if (`${window.location.pathname}${window.location.search}` !== url) {
    window.history.replaceState(window.history.state, '', url)
  }
}

type Props = {
  initialQuery: string
  /** The pinned notices, rendered on the server, shown between the field and the results. */
  children?: ReactNode
}

/**
 * The agents' search: results as you type (`GET /api/kb/search?channel=agent_kb`; the session
 * decides the area), category chips, and the keyboard: `/` focuses the field, ↑/↓ choose a
 * result, Enter opens it (and records the click), Esc clears.
 */
export function SearchConsole({ initialQuery, children }: Props) {
  const router = useRouter()
  const inputRef = useRef<HTMLInputElement>(null)
  const requestRef = useRef<AbortController | null>(null)
  const baseId = useId()
  const listId = `${baseId}-results`
  const hintId = `${baseId}-hint`

  const [query, setQuery] = useState(initialQuery.slice(0, MAX_QUERY_LENGTH))
  const [category, setCategory] = useState<string | null>(null)
  const [results, setResults] = useState<Results | null>(null)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [active, setActive] = useState(-1)
  const [loadingMore, setLoadingMore] = useState(false)

  const term = query.trim()

  const search = useCallback(
    async (q: string, cat: string | null, page: number): Promise<Results | null> => {
      requestRef.current?.abort()
      const controller = new AbortController()
      requestRef.current = controller
      const params = new URLSearchParams({ q, channel: 'agent_kb' })
      if (cat) params.set('category', cat)
      if (page > 1) params.set('page', String(page))
      try {
        const res = await fetch(`/api/kb/search?${params}`, {
          credentials: 'same-origin',
          signal: controller.signal,
          headers: { accept: 'application/json' },
        })
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as {
            errors?: { message?: string }[]
          } | null
          const signedOut = res.status === 401 || res.status === 403
          setStatus({
            kind: 'error',
            signedOut,
            message: signedOut
              ? '登录已失效，请重新登录后再搜索。'
              : body?.errors?.[0]?.message
                ? `搜索失败：${body.errors[0].message}`
                : `搜索失败（HTTP ${res.status}），请稍后重试。`,
          })
          return null
        }
        const data = (await res.json()) as SearchResponse
        return {
          q,
          category: cat,
          hits: data.hits.map((hit) => ({ ...hit, queryId: data.queryId })),
          total: data.total,
          page: data.page,
          pageSize: data.pageSize,
          tookMs: data.tookMs,
          facets: data.facets.category,
        }
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          setStatus({ kind: 'error', message: '网络异常，搜索未完成，请稍后重试。' })
        }
        return null
      }
    },
    [],
  )

  // Results as you type: debounced, the previous request cancelled, a cached search reused.
  useEffect(() => {
    syncAddress(term)
    if (!term) {
      requestRef.current?.abort()
      setResults(null)
      setStatus({ kind: 'idle' })
      setActive(-1)
      return
    }
    const cached = readCache(term, category)
    if (cached) {
      setResults(cached)
      setStatus({ kind: 'done' })
      setActive(-1)
      return
    }
    setStatus({ kind: 'loading' })
    const timer = setTimeout(async () => {
      const found = await search(term, category, 1)
      if (!found) return
      setResults(found)
      setStatus({ kind: 'done' })
      setActive(-1)
      writeCache(found)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [term, category, search])

  useEffect(() => () => requestRef.current?.abort(), [])

  // `/` anywhere on the page (outside a text field) focuses the search field.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTextEntry(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  // The last results stay up while the next search runs, so the list does not flicker as you type.
  const shown = term ? results : null
  const hits = shown?.hits ?? []
  const activeHit = active >= 0 ? hits[active] : undefined

  useEffect(() => {
    if (active < 0) return
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [active, listId])

  function open(hit: Hit) {
    recordClick(hit)
    router.push(itemHref(hit.id, shown?.q ?? term))
  }

  function clear() {
    setQuery('')
    setCategory(null)
    inputRef.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return // an IME is still composing Chinese
    switch (event.key) {
      case 'ArrowDown':
        if (hits.length === 0) return
        event.preventDefault()
        setActive((index) => Math.min(index + 1, hits.length - 1))
        return
      case 'ArrowUp':
        if (hits.length === 0) return
        event.preventDefault()
        setActive((index) => Math.max(index - 1, 0))
        return
      case 'Enter':
        event.preventDefault()
        if (activeHit) open(activeHit)
        return
      case 'Escape':
        event.preventDefault()
        clear()
        return
    }
  }

  async function loadMore() {
    if (!results) return
    setLoadingMore(true)
    const next = await search(results.q, results.category, results.page + 1)
    setLoadingMore(false)
    if (!next) return
    setResults((current) => {
      // Typing meanwhile started another search: its results win.
      if (!current || current.q !== next.q || current.category !== next.category) return current
      const merged = { ...next, hits: [...current.hits, ...next.hits] }
      writeCache(merged)
      return merged
    })
  }

  const statusText =
    status.kind === 'loading'
      ? '正在搜索…'
      : status.kind === 'error'
        ? ''
        : shown
          ? shown.total === 0
            ? `没有找到与“${shown.q}”相关的知识，请换个说法或检查错别字。`
            : `找到 ${shown.total} 条${
                shown.category
                  ? `（分类：${shown.facets.find((f) => f.id === shown.category)?.name ?? '已筛选'}）`
                  : ''
              }，用时 ${Math.round(shown.tookMs)} 毫秒`
          : ''

  return (
    <div className="agent-search">
      <form
        className="agent-search__form"
        onSubmit={(event) => event.preventDefault()}
        role="search"
      >
        <label className="agent-search__label" htmlFor={`${baseId}-q`}>
          搜索知识库
        </label>
        <div className="agent-search__row">
          <input
            aria-activedescendant={activeHit ? `${listId}-${active}` : undefined}
            aria-autocomplete="list"
            aria-controls={listId}
            aria-describedby={hintId}
            aria-expanded={hits.length > 0}
            autoComplete="off"
            autoFocus
            className="agent-search__input"
            enterKeyHint="search"
            id={`${baseId}-q`}
            maxLength={MAX_QUERY_LENGTH}
            name="q"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            placeholder="输入客户的问题或关键词，如：携号转网、流量包退订"
            ref={inputRef}
            role="combobox"
            spellCheck={false}
            type="search"
            value={query}
          />
          {query && (
            <button
              aria-label="清空搜索（Esc）"
              className="agent-button agent-button--quiet agent-search__clear"
              onClick={clear}
              type="button"
            >
              清空
            </button>
          )}
        </div>
        <p className="agent-search__hint" id={hintId}>
          <kbd>/</kbd> 聚焦搜索框　<kbd>↑</kbd>
          <kbd>↓</kbd> 选择结果　<kbd>Enter</kbd> 打开　<kbd>Esc</kbd> 清空
        </p>
      </form>

      {children}

      <div className="agent-results">
        <p aria-atomic="true" aria-live="polite" className="agent-results__status" role="status">
          {statusText}
        </p>
        {status.kind !== 'loading' && shown?.total === 0 && (
          <p className="agent-results__report">
            客户的问题知识库里没有？
            <Link
              href={`/agent/reports/new?kind=missing&q=${encodeURIComponent(shown.q)}`}
              prefetch={false}
            >
              上报缺失知识
            </Link>
          </p>
        )}
        {status.kind === 'error' && (
          <p className="agent-message agent-message--error" role="alert">
            {status.message}
            {status.signedOut && (
              <>
                {' '}
                <a href="/agent/login">重新登录</a>
              </>
            )}
          </p>
        )}
        {shown && shown.facets.length > 0 && (
          <div aria-label="按分类筛选" className="agent-chips" role="group">
            <button
              aria-pressed={!shown.category}
              className="agent-chip"
              onClick={() => setCategory(null)}
              type="button"
            >
              全部
            </button>
            {shown.facets.map((facet) => (
              <button
                aria-pressed={shown.category === facet.id}
                className="agent-chip"
                key={facet.id}
                onClick={() => setCategory(shown.category === facet.id ? null : facet.id)}
                type="button"
              >
                {facet.name}
                <span className="agent-chip__count">{facet.count}</span>
              </button>
            ))}
          </div>
        )}
        <ul aria-label="搜索结果" className="agent-results__list" id={listId} role="listbox">
          {hits.map((hit, index) => (
            <li key={`${hit.queryId}:${hit.id}`} role="presentation">
              <Link
                aria-selected={index === active}
                className={`agent-hit${index === active ? ' agent-hit--active' : ''}`}
                href={itemHref(hit.id, shown?.q ?? term)}
                id={`${listId}-${index}`}
                onClick={() => recordClick(hit)}
                onMouseMove={() => index !== active && setActive(index)}
                prefetch={false}
                role="option"
                tabIndex={-1}
              >
                <span className="agent-hit__head">
                  <span className={`agent-badge agent-badge--${hit.kind}`}>
                    {kindLabel(hit.kind)}
                  </span>
                  <span
                    className="agent-hit__title"
                    dangerouslySetInnerHTML={{ __html: hit.titleHighlighted }}
                  />
                </span>
                <span
                  className="agent-hit__snippet"
                  dangerouslySetInnerHTML={{ __html: hit.snippet }}
                />
                <span className="agent-meta">
                  {ownerLevelLabel(hit.ownerLevel) && (
                    <span className={`agent-badge agent-badge--level-${hit.ownerLevel}`}>
                      {ownerLevelLabel(hit.ownerLevel)}
                    </span>
                  )}
                  {hit.category && <span>{hit.category.name}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        {shown && shown.hits.length < shown.total && (
          <button
            className="agent-button agent-results__more"
            disabled={loadingMore}
            onClick={loadMore}
            type="button"
          >
            {loadingMore ? '正在加载…' : `显示更多（还有 ${shown.total - shown.hits.length} 条）`}
          </button>
        )}
      </div>
    </div>
  )
}
