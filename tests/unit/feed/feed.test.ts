import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, it } from 'vitest'
import { changeEntries, currencyPages, getContent } from '@/lib/content'
import { renderAtomFeed } from '@/lib/feed'
import { sitePages } from '@/lib/pages'
import { site } from '@/lib/site'

const content = getContent()
const pages = currencyPages(content)
const xml = renderAtomFeed(content, pages)
const feed = parseFeed(xml)

describe('Atom feed of content changes (/feed.xml), read by a real feed parser', () => {
  it('is an Atom 1.0 feed with the site title, its own address and the publisher', () => {
    expect(xml.startsWith('<?xml')).toBe(true)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(feed.meta.type).toBe('atom')
    expect(feed.title).toBe(content.site.labels.feedTitle)
    expect(feed.description).toBe(content.site.labels.feedSubtitle)
    expect(feed.authors.map((a) => a.name)).toContain(content.site.publisher.name)
    expect(xml).toMatch(new RegExp(`<link [^>]*rel="self"[^>]*href="${site.url}/feed\\.xml"`))
  })

  it('has one entry per change, newest first, each dated and linking to an existing page', () => {
    const expected = changeEntries(pages)
    expect(feed.items).toHaveLength(expected.length)
    const known = new Set([...sitePages().map((p) => p.path), ...content.faqs.map((f) => f.href)])
    feed.items.forEach((item, i) => {
      const e = expected[i]!
      expect(item.title).toBe(`${e.title} – ${e.note}`)
      expect(item.url).toBe(`${site.url}${e.href}`)
      expect(item.updated?.toISOString().slice(0, 10)).toBe(e.date)
      expect(item.id).toBeTruthy()
      expect(known.has(e.href), `feed links to ${e.href}, which is not a page`).toBe(true)
      if (i > 0) expect(feed.items[i - 1]!.updated!.getTime()).toBeGreaterThanOrEqual(item.updated!.getTime())
    })
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length)
  })

  it('says when it was last updated: the newest change', () => {
    expect(feed.updated?.toISOString().slice(0, 10)).toBe(changeEntries(pages)[0]?.date)
  })
})
