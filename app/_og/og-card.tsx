import { ImageResponse } from 'next/og'

export const OG_SIZE = { width: 1200, height: 630 } as const

/**
 * Keeps only characters the bundled font can draw offline (Latin letters, digits and common
 * punctuation). Anything else (emoji, CJK) would make next/og fetch a font from the network
 * and fail the static build.
 */
export function ogSafe(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u20ac]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A 1200×630 share image: site name, a title and a kicker line. Simple, high contrast, Latin text only. */
export function ogImage({ title, kicker, siteName }: { title: string; kicker: string; siteName: string }): ImageResponse {
  const safeTitle = ogSafe(title)
  const size = safeTitle.length > 60 ? 60 : safeTitle.length > 36 ? 72 : 84
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          background: '#ffffff',
          color: '#1b1f24',
          padding: '64px 72px',
          borderTop: '24px solid #0f6e63',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 36, color: '#0f6e63' }}>
          <div style={{ display: 'flex', position: 'relative', width: 44, height: 44, marginRight: 20 }}>
            <div style={{ position: 'absolute', left: 15, top: 0, width: 14, height: 44, background: '#0f6e63' }} />
            <div style={{ position: 'absolute', left: 0, top: 15, width: 44, height: 14, background: '#0f6e63' }} />
          </div>
          {ogSafe(siteName)}
        </div>
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.1, letterSpacing: -1, maxWidth: 1040 }}>{safeTitle}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 28, color: '#4a5360' }}>
          <div style={{ display: 'flex', maxWidth: 820 }}>{ogSafe(kicker)}</div>
          <div style={{ display: 'flex', width: 120, height: 10, background: '#0f6e63' }} />
        </div>
      </div>
    ),
    { ...OG_SIZE },
  )
}
