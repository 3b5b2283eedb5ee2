import { z } from 'zod'

// Users read validation messages in Chinese (the import CLI, the search API): zod's own locale
// covers the messages we did not write ourselves.
z.config(z.locales.zhCN())

export { z }
