/**
 * Throw-away copies of the project for the benchmark (so it never touches the working tree's
 * .next/ or out/, which other work may be rebuilding), and synthetic articles that follow
 * content/AUTHORING.md.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'

/** Top-level entries never copied. */
const SKIP = new Set(['node_modules', '.next', 'out', 'bench', '.git', 'test-results', 'playwright-report', '.ci-results', 'tsconfig.tsbuildinfo'])

/**
 * Copies `root` to `dest` (wiping it first). node_modules is hard-linked (`cp -al`: instant, no
 * extra disk), so the copy is a self-contained project: Turbopack takes the copy as its root. An
 * empty `.git` folder makes Tailwind's class scanner honour .gitignore as in the real checkout;
 * without it Tailwind scans node_modules and the CSS grows from ~40 KB to ~215 KB.
 */
export function copyProject(root: string, dest: string): void {
  fs.rmSync(dest, { recursive: true, force: true })
  fs.mkdirSync(dest, { recursive: true })
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry)) continue
    fs.cpSync(path.join(root, entry), path.join(dest, entry), { recursive: true, dereference: false })
  }
  fs.mkdirSync(path.join(dest, '.git'))
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dest, 'node_modules')])
  if (linked.status !== 0) throw new Error(`could not hard-link node_modules into ${dest}: ${linked.stderr?.toString() ?? ''}`)
}

export const SYNTHETIC_PREFIX = 'synthetic-'

const SENTENCES = [
  'Mesotherapy means many small shots into the middle layer of the skin.',
  'The mix in the syringe is not the same from one clinic to the next.',
  'Ask what is in each shot and who made it before you agree to it.',
  'Small bruises and some swelling are common for a few days.',
  'A course often has several visits a week or two apart.',
  'Good studies of this use are few, and most were small.',
  'Some people see a change, and some people see none at all.',
  'A doctor should check your health before the first session.',
  'Keep the skin clean and dry for a day after the shots.',
  'Call your doctor if the skin gets hot, red and painful.',
  'Prices vary a lot between countries and between clinics.',
  'Regulators in some countries have warned about fat-melting shots.',
]

export interface SyntheticOptions {
  count: number
  /** Source ids that exist in content/sources.yaml. */
  sourceIds: string[]
  /** Glossary ids that exist in content/glossary.yaml. */
  glossaryIds: string[]
  updated?: string
}

/** Source and glossary ids of a content folder. */
export function contentIds(contentDir: string): { sourceIds: string[]; glossaryIds: string[] } {
  const ids = (file: string) =>
    ((YAML.parse(fs.readFileSync(path.join(contentDir, file), 'utf8')) as { id?: string }[] | null) ?? []).map((e) => e.id).filter((id): id is string => !!id)
  return { sourceIds: ids('sources.yaml'), glossaryIds: ids('glossary.yaml') }
}

const SECTIONS = ['basics', 'treatment', 'safety', 'practical'] as const

/** One synthetic article (valid frontmatter, unique order in its section, real citations). */
export function syntheticArticle(i: number, opts: SyntheticOptions): { slug: string; mdx: string } {
  const n = String(i + 1).padStart(4, '0')
  const section = SECTIONS[i % SECTIONS.length] as string
  const order = 100 + Math.floor(i / SECTIONS.length) // real articles use 1–6 in each section
  const cite = (k: number) => `<Cite id="${opts.sourceIds[(i * 7 + k) % opts.sourceIds.length]}" />`
  const term = opts.glossaryIds.length ? opts.glossaryIds[i % opts.glossaryIds.length] : undefined
  const sentence = (k: number) => SENTENCES[(i + k) % SENTENCES.length] as string
  const paragraph = (k: number) =>
    [0, 1, 2, 3, 4, 5].map((j) => (j % 2 === 0 ? sentence(k + j).replace(/\.$/, `${cite(k + j)}.`) : sentence(k + j))).join(' ')
  const sections = [1, 2, 3, 4].map(
    (s) => `## Part ${s} of topic ${n}\n\n${paragraph(s * 3)}\n\n${paragraph(s * 3 + 1)}\n\n### Details for part ${s}\n\n${paragraph(s * 3 + 2)}`,
  )
  const mdx = `---
title: Synthetic benchmark topic ${n}
description: A generated page that exists only to measure how the site build scales with a thousand articles.
section: ${section}
order: ${order}
reviewed: ${opts.updated ?? '2026-11-21'}
nextReview: 2027-11-01
changes:
  - date: ${opts.updated ?? '2026-11-21'}
    note: Generated for the benchmark.
takeaways:
  - This page is generated for the build benchmark and is never published.
  - It follows the same content rules as the real articles.
  - Every statement cites a source that exists in the registry.
---

This is topic ${n}. ${sentence(0).replace(/\.$/, `${cite(0)}.`)}${term ? ` It mentions the <Term id="${term}">${term.replace(/-/g, ' ')}</Term>.` : ''}

${sections.join('\n\n')}
`
  return { slug: `${SYNTHETIC_PREFIX}${n}`, mdx }
}

/** Writes `count` synthetic articles into `<projectDir>/content/articles/`. */
export function writeSyntheticArticles(projectDir: string, count: number): void {
  const contentDir = path.join(projectDir, 'content')
  const { sourceIds, glossaryIds } = contentIds(contentDir)
  if (!sourceIds.length) throw new Error('content/sources.yaml has no sources to cite')
  for (let i = 0; i < count; i++) {
    const { slug, mdx } = syntheticArticle(i, { count, sourceIds, glossaryIds })
    fs.writeFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), mdx)
  }
}
