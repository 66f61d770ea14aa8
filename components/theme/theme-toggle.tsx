/**
 * The dark mode switch (the theme-toggle island). A toggle button: "Dark mode" with a moon, and
 * aria-pressed says whether it is on. Hidden without JavaScript, when the system setting applies.
 */
import { defaultLocaleCode, getIslandText } from '@/lib/content'

export function ThemeToggle({ locale = defaultLocaleCode() }: { locale?: string }) {
  return (
    <button type="button" className="header-button theme-toggle" aria-pressed="false" data-island="theme-toggle">
      <span aria-hidden="true" className="theme-toggle-icon">
        ☾
      </span>{' '}
      {getIslandText(locale).themeToggle.label}
    </button>
  )
}
