/** A minimal reader of the messages nodemailer writes: headers, RFC 2047 words and multipart/alternative bodies. */

export interface MimeMessage {
  readonly headers: ReadonlyMap<string, string>;
  /** Decoded text of each part, by content type (text/plain, text/html). */
  readonly parts: ReadonlyMap<string, string>;
}

/** Joins folded header lines and splits headers from the body at the first empty line. */
function splitHeaders(source: string): { headers: Map<string, string>; body: string } {
  const normalized = source.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end < 0 ? normalized : normalized.slice(0, end);
  const body = end < 0 ? '' : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

/** Decodes RFC 2047 encoded words (B and Q, UTF-8); whitespace between two encoded words is dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, charset: string, encoding: string, text: string) => {
      if (charset.toLowerCase() !== 'utf-8') {
        throw new Error(`Unexpected charset ${charset}`);
      }
      if (encoding.toUpperCase() === 'B') {
        return Buffer.from(text, 'base64').toString('utf8');
      }
      const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_hex, code: string) => String.fromCharCode(parseInt(code, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes = body.replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_hex, code: string) => String.fromCharCode(parseInt(code, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    default:
      return body;
  }
}

export function parseMimeMessage(source: string): MimeMessage {
  const { headers, body } = splitHeaders(source);
  const parts = new Map<string, string>();
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/.exec(contentType);

  if (boundary === null) {
    parts.set(contentType.split(';')[0].trim(), decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit'));
    return { headers, parts };
  }
  for (const section of body.split(`--${boundary[1]}`).slice(1)) {
    if (section.startsWith('--')) {
      break;
    }
    const part = splitHeaders(section.replace(/^\n/, ''));
    const type = (part.headers.get('content-type') ?? 'text/plain').split(';')[0].trim();
    parts.set(type, decodeBody(part.body.replace(/\n$/, ''), part.headers.get('content-transfer-encoding') ?? '7bit'));
  }
  return { headers, parts };
}
