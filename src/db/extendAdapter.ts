import type { DatabaseAdapterObj } from 'payload'

type Connectable = { connect?: (options?: { hotReload?: boolean }) => Promise<void> }

/** `adapterObj`, with `extend` applied to each adapter it creates, before Payload uses it. */
export function extendAdapter<Adapter>(
  adapterObj: DatabaseAdapterObj,
  extend: (adapter: Adapter) => void,
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      extend(adapter as unknown as Adapter)
      return adapter
    },
  }
}

/** Runs `then` each time the adapter has connected. */
export function afterConnect(adapter: object, then: () => Promise<void>): void {
  const connectable = adapter as Connectable
  const connect = connectable.connect?.bind(adapter)
  connectable.connect = async (options) => {
    await connect?.(options)
    await then()
  }
}
