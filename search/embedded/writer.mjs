// The index's write connection, on a thread of its own (see indexWriter.ts). Plain JavaScript: a
// worker is loaded by Node itself, outside the TypeScript loaders of Next, tsx and vitest.
import { parentPort, workerData } from 'node:worker_threads'

import { createClient } from '@libsql/client'

const client = createClient({ url: workerData.url })
const ready = (async () => {
  for (const pragma of workerData.pragmas) await client.execute(pragma)
})()

parentPort.on('message', async ({ id, statements }) => {
  try {
    await ready
    await client.batch(statements, 'write')
    parentPort.postMessage({ id })
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
