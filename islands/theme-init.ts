/*
 * Runs render-blocking in <head> on every page, before first paint: marks that JavaScript runs
 * (html[data-js]) and applies the saved theme, or else the system preference, so a dark page
 * never flashes light. A classic script: no imports or exports.
 */
;(function () {
  const root = document.documentElement
  root.dataset.js = ''
  let theme: string | null = null
  try {
    theme = localStorage.getItem('theme')
  } catch {
    theme = null
  }
  if (theme !== 'light' && theme !== 'dark') theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  root.dataset.theme = theme
})()
