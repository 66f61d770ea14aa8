/** The nginx preview (scripts/preview-nginx.mjs) of a project copy, started and stopped by the benchmark. */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** Serves `siteDir` (default: the copy's out/) on http://127.0.0.1:<port>/ and waits until it answers. */
export async function startServer(projectDir: string, port: number, siteDir?: string): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ...(siteDir ? { SITE_DIR: siteDir } : {}) }
  delete env.TLS
  delete env.HTTP_PORT
  const child = spawn('node', [path.join(projectDir, 'scripts', 'preview-nginx.mjs')], { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`)
      if (r.ok) return child
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill('SIGTERM')
  throw new Error(`nginx preview did not start on port ${port}:\n${output}`)
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGINT')
    setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL')
    }, 6000).unref()
  })
}
