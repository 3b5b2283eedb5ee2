// A SQLite connection on a thread of its own (see threadConnection.ts). Plain JavaScript: a
// worker is loaded by Node itself, outside the TypeScript loaders of Next, tsx and vitest.
import { parentPort, workerData } from 'node:worker_threads'

import { createClient } from '@libsql/client'

const client = createClient({ url: workerData.url })
const ready = (async () => {
  for (const pragma of workerData.pragmas) await client.execute(pragma)
})()

parentPort.on('message', async ({ id, batch, query }) => {
  try {
    await ready
    if (batch) {
      await client.batch(batch, 'write')
      parentPort.postMessage({ id })
    } else {
      // A row's column values are its enumerable properties: they are what a message copies.
      parentPort.postMessage({ id, rows: (await client.execute(query)).rows })
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
