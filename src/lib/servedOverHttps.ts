import { env } from '@/env'

/**
 * Whether the public address (`SERVER_URL`) is HTTPS: then every cookie we set is `Secure`, so a
 * session or visitor id never travels over plain HTTP. Unset or http (development, the demo, the
 * tests on loopback) leaves cookies usable over http.
 */
export const servedOverHttps = (): boolean => env.serverUrl?.startsWith('https://') ?? false
