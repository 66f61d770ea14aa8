/**
 * Opens the FAQ answer named by an id: the answer's own id (`#slug`, on the answer inside the
 * <details>) or any element inside an answer (a citation marker). Brings the question into view.
 * Returns false when the id is not inside an answer.
 */
export function openFaq(id: string, focus = true): boolean {
  if (!id) return false
  const target = document.getElementById(id)
  const details = target?.closest<HTMLDetailsElement>('details[data-faq]')
  if (!target || !details) return false
  details.open = true
  const summary = details.querySelector('summary')
  if (target.classList.contains('faq-answer')) {
    details.scrollIntoView({ block: 'start' })
    if (focus) summary?.focus({ preventScroll: true })
  } else target.scrollIntoView({ block: 'center' })
  return true
}
