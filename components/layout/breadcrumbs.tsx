import Link from 'next/link'

export interface Crumb {
  href?: string
  label: string
}

/** Breadcrumb trail; the last item is the current page. */
export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="breadcrumbs no-print">
      <ol>
        {items.map((c, i) =>
          c.href && i < items.length - 1 ? (
            <li key={c.label}>
              <Link href={c.href} prefetch={false}>
                {c.label}
              </Link>
            </li>
          ) : (
            <li key={c.label} aria-current="page">
              {c.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
