import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="stack">
      <h1 className="page-title">Page not found</h1>
      <p className="lead">We could not find that page. It may have moved, or the address may have a typo.</p>
      <ul className="plain-list">
        <li>
          <Link href="/" prefetch={false}>Go to the home page</Link>
        </li>
        <li>
          <Link href="/articles/" prefetch={false}>See all articles</Link>
        </li>
        <li>
          <Link href="/faq/" prefetch={false}>Search the questions</Link>
        </li>
      </ul>
    </div>
  )
}
