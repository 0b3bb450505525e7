const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const HTML_SPECIAL = /[&<>"']/g

/** Escapes untrusted text for HTML text and attribute values. Article content always goes through this. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c] as string)
}

const MD_SPECIAL = /([\\`*_[\]<>|#])/g

/** Escapes text for Markdown inline context (tables, lists), so article text cannot inject links or HTML. */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(MD_SPECIAL, '\\$1')
    .replace(/\s*\n\s*/g, ' ')
}
