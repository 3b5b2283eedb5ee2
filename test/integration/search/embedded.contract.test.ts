import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { EmbeddedEngine } from '../../../search/embedded/EmbeddedEngine'
import { searchEngineContract } from './contract'

/** Every engine gets a temporary folder of its own; all are removed when the file is done. */
const directories: string[] = []

afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
})

searchEngineContract('embedded', async () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-contract-'))
  directories.push(directory)
  return new EmbeddedEngine(directory)
})
