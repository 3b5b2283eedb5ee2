import { Worker } from 'node:worker_threads'

import type { InStatement } from '@libsql/client'

export type ThreadRow = Record<string, unknown>

/**
 * A SQLite connection on a thread of its own. SQLite's calls are synchronous: on the server's
 * thread, a search of the embedded index (12 ms at p95 on 100k items), a batch written to it or a
 * checkpoint of Payload's database (20–90 ms) would stall every other request. Batches are applied
 * in the order sent, each one transaction.
 */
export type ThreadConnection = {
  /** Runs the statements as one transaction. */
  batch(statements: InStatement[]): Promise<void>
  /** Runs one statement and returns its rows, keyed by column name. */
  query(statement: InStatement): Promise<ThreadRow[]>
  close(): Promise<void>
}

type Waiting = { resolve: (rows?: ThreadRow[]) => void; reject: (error: Error) => void }

export function openThreadConnection(url: string, pragmas: readonly string[]): ThreadConnection {
  const worker = new Worker(new URL('./threadConnectionWorker.mjs', import.meta.url), {
    workerData: { url, pragmas },
  })
  const waiting = new Map<number, Waiting>()
  let nextId = 0
  let failure: Error | null = null
  let drained: (() => void) | null = null

  // An idle connection must not keep the process alive; one with work in flight must.
  worker.unref()
  const settle = (id: number, outcome: { rows?: ThreadRow[]; error?: Error }) => {
    const entry = waiting.get(id)
    waiting.delete(id)
    if (waiting.size === 0) {
      worker.unref()
      drained?.()
    }
    if (outcome.error) entry?.reject(outcome.error)
    else entry?.resolve(outcome.rows)
  }
  const failAll = (error: Error) => {
    failure = error
    for (const id of [...waiting.keys()]) settle(id, { error })
  }
  worker.on('message', ({ id, rows, error }: { id: number; rows?: ThreadRow[]; error?: string }) =>
    settle(id, error === undefined ? { rows } : { error: new Error(error) }),
  )
  worker.on('error', failAll)
  worker.on('exit', (code) =>
    failAll(new Error(`the SQLite connection thread stopped (exit code ${code})`)),
  )

  const send = (message: { batch: InStatement[] } | { query: InStatement }) =>
    new Promise<ThreadRow[] | undefined>((resolve, reject) => {
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
      // New work is refused; work in flight finishes first: a thread stopped inside a libSQL call
      // aborts the whole process (the binding panics on the pending termination).
      failure ??= new Error('the SQLite connection thread stopped (closed)')
      if (waiting.size > 0) await new Promise<void>((resolve) => (drained = resolve))
      await worker.terminate()
    },
  }
}
