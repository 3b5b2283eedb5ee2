/** Next.js calls this once when the server starts: connect, migrate and check before serving. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { startServer } = await import('@/server/startServer')
  await startServer()
}
