const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element or a quoted attribute, so cell text can never become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Returns the URL when it is http or https, else null, so a link can never run script (javascript:, data:). */
export function safeLinkUrl(url: string | null): string | null {
  if (url === null) {
    return null;
  }
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}
