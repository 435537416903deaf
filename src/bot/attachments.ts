/** Downloads an uploaded file with a deadline and a size cap, so a slow or oversized upload cannot hold a refresh. */

export const ATTACHMENT_TIMEOUT_MS = 10_000;

/** A download that failed; the message is one line for the moderator. */
export class AttachmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttachmentError';
  }
}

/**
 * Fetches `url` and returns its bytes.
 * @throws {AttachmentError} on an HTTP error, a timeout, or more than `maxBytes` bytes (the download stops there).
 */
export async function downloadAttachment(
  url: string,
  options: { maxBytes: number; timeoutMs?: number },
): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? ATTACHMENT_TIMEOUT_MS;
  if (!/^https?:\/\//i.test(url)) throw new AttachmentError('the attachment has no http(s) address');
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    if (!response.ok || response.body === null)
      throw new AttachmentError(`download failed (HTTP ${response.status})`);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes)
      throw new AttachmentError(`file is ${declared} bytes; the limit is ${options.maxBytes} (1 MB)`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > options.maxBytes) {
        await reader.cancel();
        throw new AttachmentError(`file is larger than ${options.maxBytes} bytes (1 MB)`);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  } catch (error) {
    if (error instanceof AttachmentError) throw error;
    if (signal.aborted)
      throw new AttachmentError(`download timed out after ${Math.round(timeoutMs / 1000)} s`);
    throw new AttachmentError(`download failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
