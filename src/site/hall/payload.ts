import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance the online hall's server components and routes read through (Local API). */
export const hallPayload = (): Promise<Payload> => getPayload({ config })
