/**
 * Search in French (/fr/): the French index, French words in the islands (from
 * content/fr/islands.yaml), French plurals, links that stay in /fr/, and the no-JS path.
 */
import { expect, test } from '@playwright/test'
import { getIslandText } from '@/lib/content'
import { axeViolations, watchErrors } from './helpers'

const t = getIslandText('fr')

test.describe('French FAQ search', () => {
  test('finds answers with lay words and no accents, in French, and opens them', async ({ page }) => {
    test.setTimeout(90_000)
    const errors = watchErrors(page)
    const fetched: string[] = []
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname))
    await page.goto('/fr/faq/')
    const box = page.getByRole('searchbox', { name: t.faqSearch.label, exact: true })
    await expect(box).toBeEnabled()
    await box.fill("peau d'orange")
    const results = page.getByRole('list', { name: t.faqSearch.results, exact: true })
    await expect(results.getByRole('link').first()).toContainText(/cellulite/i)
    await expect(page.getByRole('status').filter({ hasText: /correspond/ })).toHaveText(/^\d+ questions? correspond(ent)?\.$/)
    expect(fetched).toContain('/fr/search/faq.json')
    expect(fetched).not.toContain('/search/faq.json')
    await box.fill('ecchymoses')
    await expect(results.getByRole('link').first()).toHaveAttribute('href', /^\/fr\/faq\/#/)
    await expect(results.getByRole('link').first()).toContainText(/bleus/i)
    await box.fill('xqzwv')
    await expect(page.getByRole('status').filter({ hasText: t.faqSearch.none })).toBeVisible()
    await page.getByRole('button', { name: t.faqTools.expand, exact: true }).click()
    await expect(page.getByRole('button', { name: t.faqTools.collapse, exact: true })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  test('a symptom search lists the "when to get help" answers first', async ({ page }) => {
    await page.goto('/fr/faq/?q=bosse+rouge+et+chaude')
    const first = page.getByRole('list', { name: t.faqSearch.results, exact: true }).getByRole('link').first()
    await expect(first).toContainText(/médecin/i)
  })
})

test.describe('French header search', () => {
  test('groups French results and links into /fr/', async ({ page }) => {
    await page.goto('/fr/')
    const box = page.getByRole('searchbox', { name: t.headerSearch.label, exact: true })
    await box.fill('soins après la séance')
    const group = page.getByRole('group', { name: t.headerSearch.results, exact: true })
    await expect(group.getByRole('list', { name: t.headerSearch.questions, exact: true })).toBeVisible()
    await expect(group.getByRole('list', { name: t.headerSearch.sections, exact: true })).toBeVisible()
    for (const href of await group.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^\/fr\/(faq|articles)\//)
    await expect(page.getByRole('status').filter({ hasText: /résultat/ })).toHaveText(/^\d+ résultats?\.$/)
  })
})

test.describe('French search without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the header form sends the query to the French FAQ page, which says how to find words', async ({ page }) => {
    await page.goto('/fr/')
    await page.getByRole('searchbox', { name: t.headerSearch.label, exact: true }).fill('prix')
    await page.getByRole('button', { name: t.headerSearch.button, exact: true }).click()
    await expect(page).toHaveURL(/\/fr\/faq\/\?q=prix/)
    expect(await page.content()).toContain(t.faqSearch.noscript.command)
  })
})
