/**
 * The one shared citation preview of a page: a native popover, filled and placed by the
 * cite-preview island when a marker is hovered, tapped or activated. Without JavaScript it is
 * never shown and markers jump to the reference list.
 */
export function CitePreview() {
  return (
    <div id="cite-preview" popover="auto" role="dialog" aria-labelledby="cite-preview-title" className="cite-preview" tabIndex={-1} data-island="cite-preview">
      <p className="cite-preview-head">
        <strong id="cite-preview-title" data-title="">
          Source
        </strong>
        <button type="button" className="cite-preview-close" data-close="">
          Close<span className="sr-only"> source preview</span>
        </button>
      </p>
      <div className="cite-preview-body" data-body="" />
      <p>
        <a href="#references" data-goto="">
          Go to the reference list entry
        </a>
      </p>
    </div>
  )
}
