/**
 * The dark mode switch: a toggle button (aria-pressed) that sets data-theme on <html> and
 * remembers the choice in localStorage (no cookies). theme-init applies the choice before paint
 * on every page. Hidden without JavaScript, when the system preference applies through CSS.
 */
function enhance(button: HTMLButtonElement) {
  const root = document.documentElement
  const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'))
  sync()
  button.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark'
    root.dataset.theme = next
    try {
      localStorage.setItem('theme', next)
    } catch {
      /* storage may be blocked; the switch still works on this page */
    }
    sync()
  })
  // Another tab changed the theme.
  window.addEventListener('storage', (e) => {
    if (e.key === 'theme' && (e.newValue === 'light' || e.newValue === 'dark')) {
      root.dataset.theme = e.newValue
      sync()
    }
  })
}

document.querySelectorAll<HTMLButtonElement>('button[data-island="theme-toggle"]').forEach(enhance)

export {}
