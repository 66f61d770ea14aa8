/**
 * The dark mode switch (the theme-toggle island). A toggle button: "Dark mode" with a moon, and
 * aria-pressed says whether it is on. Hidden without JavaScript, when the system setting applies.
 */
export function ThemeToggle() {
  return (
    <button type="button" className="header-button theme-toggle" aria-pressed="false" data-island="theme-toggle">
      <span aria-hidden="true" className="theme-toggle-icon">
        ☾
      </span>{' '}
      Dark mode
    </button>
  )
}
