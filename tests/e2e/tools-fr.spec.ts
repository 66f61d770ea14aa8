/**
 * The tools in French: every word comes from content/fr/tools/, numbers and money in French format
 * (Intl with fr-FR: "2 000 $US", "1 350 €"), and the island speaks French too.
 */
import { expect, test } from '@playwright/test'
import { axeViolations, watchErrors } from './helpers'

const ESTIMATOR = '/fr/tools/cost-estimator/'
/** Any space (French groups digits with a narrow no-break space). */
const sp = (s: string) => new RegExp(s.replace(/\$/g, '\\$').replace(/ /g, '[\\s\\u00a0\\u202f]'))

test.describe('outils en français', () => {
  test('the estimator works out a total in French format', async ({ page }) => {
    const errors = watchErrors(page)
    await page.goto(ESTIMATOR)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
    await page.locator('form[data-island="estimator"][data-ready]').waitFor({ state: 'attached' })
    const out = page.locator('output#estimate-output')
    await expect(out).toContainText('Pas encore de total')
    await page.getByLabel('Séances de la première série').fill('10')
    await expect(out).toContainText(sp('2 000 $US à 6 000 $US'))
    await expect(out).toContainText('Notre calcul')
    await page.getByRole('radio', { name: /45 € à 75 € la séance/ }).check()
    await page.getByLabel('Séances d’entretien par an').fill('4')
    await page.getByLabel('Années d’entretien').fill('2')
    await expect(out).toContainText(sp('810 € à 1 350 €'))
    await expect(out).toContainText('(10 séances + 4 séances d’entretien par an × 2 ans)')
    await expect(page.getByLabel(/^Prix le plus bas par séance, en euros/)).toHaveValue('45')
    expect(errors).toEqual([])
  })

  test('the estimator explains mistakes in French', async ({ page }) => {
    await page.goto(ESTIMATOR)
    await page.locator('form[data-island="estimator"][data-ready]').waitFor({ state: 'attached' })
    await page.getByLabel('Séances de la première série').fill('0')
    const error = page.locator('#est-sessions-error')
    await expect(error).toHaveText(/^Erreur\s: Le nombre doit être au moins 1\. Entrez un nombre entier de 1 à 100/)
    await expect(page.locator('output#estimate-output')).toContainText('Corrigez la case marquée « Erreur » plus haut')
  })

  for (const path of ['/fr/tools/', ESTIMATOR, '/fr/tools/consultation-checklist/', '/fr/tools/aftercare-sheet/', '/fr/about/', '/fr/about/sources/']) {
    test(`${path} is in French with no axe violations`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
      const text = await page.locator('main').innerText()
      expect(text).not.toMatch(/\bNaN\b|undefined|\{\w+\}/)
      expect(await axeViolations(page)).toEqual([])
    })
  }

  test('the checklist and aftercare sheet print buttons are in French', async ({ page }) => {
    await page.goto('/fr/tools/consultation-checklist/')
    await expect(page.getByRole('button', { name: 'Imprimer cette liste' })).toBeVisible()
    await page.goto('/fr/tools/aftercare-sheet/')
    await expect(page.getByRole('button', { name: 'Imprimer cette fiche' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Signes graves après une séance' })).toBeVisible()
  })
})
