/**
 * HTML rendering of a dossier: one self-contained page (inline CSS, no script, strict CSP), every piece of article
 * content escaped. The renderer lives in `src/web/` and is shared with the web app, so the static report and the
 * server show the same pages; this module keeps the report's entry points.
 */
import type { Dossier } from '../model/index.js'
import { renderDossierHtml } from '../web/dossier.js'

export { CONTENT_SECURITY_POLICY, highlightText, page, STYLE, scoreClass } from '../web/layout.js'

/** Renders the dossier as one self-contained HTML page (stories, articles and people as linked sections). */
export function renderHtml(dossier: Dossier): string {
  return renderDossierHtml(dossier)
}
