/**
 * Runs a command and measures wall time, the largest single process (GNU time's "Maximum
 * resident set size", when /usr/bin/time exists) and the peak RSS of the whole process tree
 * (sum over all descendants, polled from /proc every 200 ms).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Measured {
  exitCode: number
  wallMs: number
  /** Largest RSS of any one process in the tree, MB (GNU time), if available. */
  maxProcessRssMb?: number
  /** Peak of the summed RSS of every process in the tree, MB (polled). */
  peakTreeRssMb: number
  output: string
}

const PAGE_KB = 4 // statm counts pages; Linux x86-64 uses 4 KiB pages

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      // Fields after the command name (which may contain spaces) start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = map.get(ppid) ?? []
      list.push(Number(name))
      map.set(ppid, list)
    } catch {
      /* process ended while reading */
    }
  }
  return map
}

/** Summed RSS (KiB) of a process and all its descendants. */
export function treeRssKb(root: number): number {
  const kids = children()
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    try {
      const resident = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1])
      total += resident * PAGE_KB
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(pid) ?? []))
  }
  return total
}

const hasGnuTime = () => {
  try {
    fs.accessSync('/usr/bin/time', fs.constants.X_OK)
    return true
  } catch {
    return false
  }
}

export function measure(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<Measured> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`)
  const gnu = hasGnuTime()
  const [bin, argv] = gnu ? ['/usr/bin/time', ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args]
  return new Promise((resolve) => {
    const start = process.hrtime.bigint()
    const child = spawn(bin, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const onData = (d: Buffer) => {
      output += d.toString()
      if (opts.echo) process.stdout.write(d)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    let peak = 0
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid))
    }, 200)
    child.on('close', (code) => {
      clearInterval(poll)
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6
      let maxProcessRssMb: number | undefined
      if (gnu && fs.existsSync(timeFile)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))
        if (m) maxProcessRssMb = Math.round(Number(m[1]) / 1024)
        fs.rmSync(timeFile, { force: true })
      }
      resolve({ exitCode: code ?? 1, wallMs, maxProcessRssMb, peakTreeRssMb: Math.round(peak / 1024), output })
    })
  })
}

/** Phase timings Next prints during `next build` (seconds), when present. */
export function nextPhases(output: string): Record<string, number> {
  const phases: Record<string, number> = {}
  const sec = (v: string, unit: string) => (unit === 'ms' ? Number(v) / 1000 : unit === 'min' ? Number(v) * 60 : Number(v))
  const grab = (name: string, re: RegExp) => {
    const m = re.exec(output)
    if (m) phases[name] = sec(m[1] as string, m[2] as string)
  }
  grab('compile', /Compiled successfully in ([\d.]+)(ms|s|min)/)
  grab('typescript', /Finished TypeScript in ([\d.]+)(ms|s|min)/)
  grab('staticGeneration', /Generating static pages[^\n]*?\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/)
  const pages = /Generating static pages[^\n]*?\((\d+)\/(\d+)\)/.exec(output)
  if (pages) phases.staticPages = Number(pages[2])
  return phases
}
