import type { ReactNode } from 'react'

/** A dated list of events. */
export function Timeline({ children }: { children?: ReactNode }) {
  return <ol className="timeline">{children}</ol>
}

export function TimelineEvent({ date, title, children }: { date: string; title: string; children?: ReactNode }) {
  return (
    <li className="timeline-event">
      <p className="timeline-date">{date}</p>
      <p className="timeline-title">
        <strong>{title}</strong>
      </p>
      <div className="timeline-body">{children}</div>
    </li>
  )
}
