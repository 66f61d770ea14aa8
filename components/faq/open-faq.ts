/** Opens the FAQ <details> with this id and brings it into view. */
export function openFaq(id: string): void {
  if (!id) return
  const el = document.getElementById(id)
  if (el instanceof HTMLDetailsElement) {
    el.open = true
    el.scrollIntoView({ block: 'start' })
    el.querySelector('summary')?.focus({ preventScroll: true })
  }
}
