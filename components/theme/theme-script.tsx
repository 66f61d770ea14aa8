/**
 * Runs before first paint: applies the saved theme or the system preference, so there is
 * no flash of the wrong theme. Its SHA-256 hash goes into the Content-Security-Policy.
 */
export const THEME_SCRIPT = `(function(){document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})()`

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
}
