/**
 * Cost estimator: reads the server-rendered form, checks each box as it is typed (plain messages
 * from lib/estimator) and shows the total with how it was worked out. Screen readers hear only the
 * new total, once typing pauses. Errors show for boxes the reader has changed, so the empty
 * "sessions" box does not start with an error. Every word comes from the page: the form carries the
 * estimator's words (content/<locale>/tools/cost-estimator.yaml) in `data-text` and the language
 * tag for number formats in `data-lang`.
 */
import { FIELDS, estimateCourse, fill, isCurrency, makeEstimator, type Currency, type EstimatorText, type FieldName, type RawInput } from '@/lib/estimator'

const ANNOUNCE_MS = 900

function text(tag: string, cls: string, content: string): HTMLElement {
  const el = document.createElement(tag)
  el.className = cls
  el.textContent = content
  return el
}

function enhance(form: HTMLFormElement) {
  const { text: json, lang } = form.dataset
  if (!json || !lang) return
  const est = makeEstimator(JSON.parse(json) as EstimatorText, lang)
  const { describeCalculation, formatRange, plural, validateInput } = est
  const w = est.text.result
  const units = est.text.units
  const field = (name: FieldName) => form.querySelector<HTMLInputElement>(`#est-${name}`)
  const currencySelect = form.querySelector<HTMLSelectElement>('#est-currency')
  const output = form.querySelector<HTMLOutputElement>('output')
  const announce = form.querySelector<HTMLElement>('[data-announce]')
  const mini = form.querySelector<HTMLElement>('[data-mini]')
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="preset"]')]
  const custom = radios.find((r) => r.value === 'custom')
  if (!currencySelect || !output || !announce || !mini || FIELDS.some((n) => !field(n))) return
  const touched = new Set<FieldName>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSaid = ''

  const currency = (): Currency => (isCurrency(currencySelect.value) ? currencySelect.value : 'USD')
  const raw = (): RawInput => Object.fromEntries(FIELDS.map((n) => [n, field(n)?.value ?? ''])) as RawInput
  const chosen = () => radios.find((r) => r.checked && r.value !== 'custom')

  /** Editing a price or the currency away from the chosen preset switches to "my own prices". */
  const stillPreset = () => {
    const p = chosen()
    const r = raw()
    return !!p && p.dataset.currency === currency() && r.low.trim() === p.dataset.low && r.high.trim() === p.dataset.high
  }

  const relabel = () => {
    const money = est.currencyInfo[currency()]
    for (const name of ['low', 'high'] as const) {
      const label = form.querySelector(`label[data-label="${name}"]`)
      if (label) label.textContent = fill(est.text.fields[name].label, { currency: money.name })
      const prefix = field(name)?.parentElement?.querySelector('[data-prefix]')
      if (prefix) prefix.textContent = money.symbol
    }
  }

  const update = () => {
    const cur = currency()
    const result = validateInput(raw(), cur)
    for (const name of FIELDS) {
      const input = field(name)
      const error = form.querySelector<HTMLElement>(`#est-${name}-error`)
      if (!input || !error) continue
      const message = touched.has(name) ? result.errors[name] : undefined
      const hint = `est-${name}-hint`
      if (message) {
        error.replaceChildren(text('span', 'field-error-label', w.errorLabel), ` ${message}`)
        error.hidden = false
        input.setAttribute('aria-invalid', 'true')
        input.setAttribute('aria-describedby', `${error.id} ${hint}`)
      } else {
        error.replaceChildren()
        error.hidden = true
        input.removeAttribute('aria-invalid')
        input.setAttribute('aria-describedby', hint)
      }
    }

    let say: string
    if (result.ok) {
      const v = result.values
      const sum = estimateCourse(v)
      const total = formatRange(sum.low, sum.high, cur)
      const p = chosen()
      output.replaceChildren(
        text('span', 'estimate-total', total),
        ' ',
        text('span', 'estimate-sessions', fill(w.sessions, { sessions: plural(sum.totalSessions, units.session), price: formatRange(v.low, v.high, cur) })),
        ' ',
        (() => {
          const how = text('span', 'estimate-how', ` ${describeCalculation(v, sum, cur)}`)
          how.prepend(text('strong', '', w.how))
          return how
        })(),
        ' ',
        text('span', 'estimate-prices', p ? fill(w.pricesFrom, { source: p.dataset.source ?? '', year: p.dataset.year || w.yearNotGiven }) : w.ownPrices),
      )
      mini.textContent = fill(w.miniTotal, { total })
      say = fill(w.announceTotal, { total, sessions: plural(sum.totalSessions, units.session) })
    } else {
      const shown = FIELDS.filter((n) => touched.has(n) && result.errors[n]).length
      const none = shown === 0 ? w.noneStart : shown === 1 ? w.noneFixOne : fill(w.noneFixMany, { count: est.formatNumber(shown) })
      output.replaceChildren(text('span', 'estimate-none', none))
      mini.textContent = shown === 0 ? w.miniStart : w.miniFix
      say = shown === 0 ? '' : w.announceFix
    }
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (say && say !== lastSaid) announce.textContent = say
      lastSaid = say
    }, ANNOUNCE_MS)
  }

  form.addEventListener('input', (e) => {
    const t = e.target as HTMLElement
    if (t instanceof HTMLInputElement && (FIELDS as readonly string[]).includes(t.name)) {
      touched.add(t.name as FieldName)
      if ((t.name === 'low' || t.name === 'high') && !stillPreset() && custom) custom.checked = true
    }
    update()
  })
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLElement
    if (t === currencySelect) {
      relabel()
      if (!stillPreset() && custom) custom.checked = true
    } else if (t instanceof HTMLInputElement && t.name === 'preset' && t.value !== 'custom') {
      const low = field('low')
      const high = field('high')
      if (low && high) {
        low.value = t.dataset.low ?? ''
        high.value = t.dataset.high ?? ''
      }
      if (t.dataset.currency && isCurrency(t.dataset.currency)) currencySelect.value = t.dataset.currency
      relabel()
    }
    update()
  })
  form.addEventListener('submit', (e) => e.preventDefault())
  relabel()
  update()
  form.dataset.ready = ''
}

document.querySelectorAll<HTMLFormElement>('form[data-island="estimator"]').forEach(enhance)
