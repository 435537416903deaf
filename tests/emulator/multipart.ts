/** One part of a `multipart/form-data` body. */
export interface MultipartPart {
  /** Form field name from `Content-Disposition`. */
  name: string;
  /** File name from `Content-Disposition`, when the part is a file. */
  filename: string | null;
  /** The part's `Content-Type` header, when present. */
  contentType: string | null;
  /** Raw bytes of the part. */
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Extracts the boundary from a `multipart/form-data` content type.
 *
 * @returns The boundary, or `null` when the content type is not multipart.
 */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return null;
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2]?.trim() ?? null;
}

function dispositionParam(disposition: string, key: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition);
  if (match?.[1] !== undefined) return match[1].replace(/\\(.)/g, '$1');
  const bare = new RegExp(`(?:^|;)\\s*${key}=([^;]+)`, 'i').exec(disposition);
  return bare?.[1]?.trim() ?? null;
}

/**
 * Parses a `multipart/form-data` body into its parts.
 *
 * Handles what undici's `FormData` produces; it is not a general-purpose parser.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let cursor = body.indexOf(delimiter);
  while (cursor !== -1) {
    const partStart = cursor + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    const contentStart = body.subarray(partStart, partStart + CRLF.length).equals(CRLF)
      ? partStart + CRLF.length
      : partStart;
    const contentEnd = body.subarray(next - CRLF.length, next).equals(CRLF) ? next - CRLF.length : next;
    const raw = body.subarray(contentStart, contentEnd);
    const headerEnd = raw.indexOf(HEADER_END);
    const headerText = headerEnd === -1 ? raw.toString('utf8') : raw.subarray(0, headerEnd).toString('utf8');
    const data = headerEnd === -1 ? Buffer.alloc(0) : raw.subarray(headerEnd + HEADER_END.length);
    const headers = new Map<string, string>();
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const disposition = headers.get('content-disposition') ?? '';
    parts.push({
      name: dispositionParam(disposition, 'name') ?? '',
      filename: dispositionParam(disposition, 'filename'),
      contentType: headers.get('content-type') ?? null,
      data: Buffer.from(data),
    });
    cursor = next;
  }
  return parts;
}
