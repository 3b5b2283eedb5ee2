import { Worker } from 'node:worker_threads'

import type { InStatement } from '@libsql/client'

export type IndexRow = Record<string, unknown>

/**
 * A connection to the index on a thread of its own. SQLite's calls are synchronous: on the server's
 * thread, every search (12 ms at p95 on 100k items) and every batch written would stall all other
 * requests. The engine keeps one connection for writes, applied in order, each batch one
 * transaction (SQLite's half of indexing then runs while the engine segments the next batch), and
 * one for searches.
 */
export type IndexConnection = {
  /** Runs the statements as one transaction. */
  batch(statements: InStatement[]): Promise<void>
  /** Runs one statement and returns its rows, keyed by column name. */
  query(statement: InStatement): Promise<IndexRow[]>
  close(): Promise<void>
}

type Waiting = { resolve: (rows?: IndexRow[]) => void; reject: (error: Error) => void }

export function openIndexConnection(url: string, pragmas: readonly string[]): IndexConnection {
  const worker = new Worker(new URL('./connection.mjs', import.meta.url), {
    workerData: { url, pragmas },
  })
  const waiting = new Map<number, Waiting>()
  let nextId = 0
  let failure: Error | null = null

  // An idle connection must not keep the process alive; one with work in flight must.
  worker.unref()
  const settle = (id: number, outcome: { rows?: IndexRow[]; error?: Error }) => {
    const entry = waiting.get(id)
    waiting.delete(id)
    if (waiting.size === 0) worker.unref()
    if (outcome.error) entry?.reject(outcome.error)
    else entry?.resolve(outcome.rows)
  }
  const failAll = (error: Error) => {
    failure = error
    for (const id of [...waiting.keys()]) settle(id, { error })
  }
  worker.on('message', ({ id, rows, error }: { id: number; rows?: IndexRow[]; error?: string }) =>
    settle(id, error === undefined ? { rows } : { error: new Error(error) }),
  )
  worker.on('error', failAll)
  worker.on('exit', (code) =>
    failAll(new Error(`the index connection stopped (exit code ${code})`)),
  )

  const send = (message: { batch: InStatement[] } | { query: InStatement }) =>
    new Promise<IndexRow[] | undefined>((resolve, reject) => {
      if (failure) return reject(failure)
      const id = nextId++
      waiting.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ id, ...message })
    })

  return {
    batch: async (statements) => {
      await send({ batch: statements })
    },
    query: async (statement) => (await send({ query: statement }))!,
    close: async () => {
      await worker.terminate()
    },
  }
}
