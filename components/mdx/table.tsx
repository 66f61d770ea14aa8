import { fill, type UiText } from '@/lib/content/ui'
import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react'

/**
 * GFM tables from MDX. Markdown tables cannot carry a caption, so each table gets a unique
 * accessible name from its header row, a scroll box of its own (tables may scroll sideways there,
 * the page may not), and on phones a visible note when it has many columns.
 */

/** Plain text of table cells: strings inside HTML elements; components (citation markers) are skipped. */
export function plainText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(plainText).join('')
  if (isValidElement<{ children?: ReactNode }>(node) && typeof node.type === 'string') return plainText(node.props.children)
  return ''
}

/** The header row's cells (thead > tr > th) as React nodes. */
function headerCells(children: ReactNode): ReactNode[] {
  // Cells are elements (th, or the MdxTh component); their text is in their children.
  for (const part of Children.toArray(children)) {
    if (isValidElement<{ children?: ReactNode }>(part) && part.type === 'thead') {
      for (const row of Children.toArray(part.props.children)) {
        if (isValidElement<{ children?: ReactNode }>(row)) {
          return Children.toArray(row.props.children)
            .filter((c) => isValidElement<{ children?: ReactNode }>(c))
            .map((c) => (c as { props: { children?: ReactNode } }).props.children)
        }
      }
    }
  }
  return []
}

/** Columns from which a phone shows the "scroll sideways" note. */
export const WIDE_TABLE_COLUMNS = 3

export function MdxTable({ ui, ...props }: ComponentPropsWithoutRef<'table'> & { ui: UiText }) {
  const cells = headerCells(props.children)
  const names = cells
    .map((c) => plainText(c).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const name = names.length ? fill(ui.table.name, { columns: names.join(', ') }) : ui.table.unnamed
  const wide = cells.length >= WIDE_TABLE_COLUMNS
  return (
    <div className="table-figure" data-wide={wide ? '' : undefined}>
      {wide ? (
        <p className="table-scroll-note" aria-hidden="true">
          <span>{fill(ui.table.swipe, { count: cells.length })}</span> <span>→</span>
        </p>
      ) : null}
      <div className="table-wrap" role="region" aria-label={fill(ui.table.scrolls, { name })} tabIndex={0}>
        <table {...props} />
      </div>
    </div>
  )
}

/** A header cell with no text (the corner of a grid) is not a header: render it as a plain cell. */
export function MdxTh(props: ComponentPropsWithoutRef<'th'>) {
  return plainText(props.children).trim() ? <th {...props} /> : <td {...props} />
}
