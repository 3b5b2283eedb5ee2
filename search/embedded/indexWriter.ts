import { Worker } from 'node:worker_threads'

import type { InStatement } from '@libsql/client'

/**
 * The index's writes, each batch one transaction, run in order on a connection in a thread of its
 * own: SQLite's half of indexing (about 150 µs an item) then runs on the second core while this
 * thread segments the next batch, instead of after it.
 */
export type IndexWriter = {
  write(statements: InStatement[]): Promise<void>
  close(): Promise<void>
}

type Waiting = { resolve: () => void; reject: (error: Error) => void }

export function startIndexWriter(url: string, pragmas: readonly string[]): IndexWriter {
  const worker = new Worker(new URL('./writer.mjs', import.meta.url), {
    workerData: { url, pragmas },
  })
  const waiting = new Map<number, Waiting>()
  let nextId = 0
  let failure: Error | null = null

  // An idle writer must not keep the process alive; one with writes in flight must.
  worker.unref()
  const settle = (id: number, error?: Error) => {
    const entry = waiting.get(id)
    waiting.delete(id)
    if (waiting.size === 0) worker.unref()
    if (error) entry?.reject(error)
    else entry?.resolve()
  }
  const failAll = (error: Error) => {
    failure = error
    for (const id of [...waiting.keys()]) settle(id, error)
  }
  worker.on('message', ({ id, error }: { id: number; error?: string }) =>
    settle(id, error === undefined ? undefined : new Error(error)),
  )
  worker.on('error', failAll)
  worker.on('exit', (code) => failAll(new Error(`the index writer stopped (exit code ${code})`)))

  return {
    write: (statements) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure)
        const id = nextId++
        waiting.set(id, { resolve, reject })
        worker.ref()
        worker.postMessage({ id, statements })
      }),
    close: async () => {
      await worker.terminate()
    },
  }
}
