import type { Content } from '@/lib/content'
import { Breadcrumbs, type Crumb } from './breadcrumbs'
import { LanguageSwitch } from './language-switch'

/** The top of every page: the language switch and, below the home page, the breadcrumb trail. */
export function PageTop({ content, path, crumbs }: { content: Content; path: string; crumbs?: Crumb[] }) {
  return (
    <div className="page-top">
      <LanguageSwitch content={content} path={path} />
      {crumbs ? <Breadcrumbs items={crumbs} label={content.ui.nav.breadcrumb} /> : null}
    </div>
  )
}
