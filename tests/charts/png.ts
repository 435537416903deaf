/** Reads a PNG the way a viewer would, enough to tell that a picture decodes: chunks, CRCs, IHDR, pixels. */
import { crc32, inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface DecodedPng {
  width: number;
  height: number;
  /** Bytes of the decompressed scanlines (a filter byte per row, then the row's pixels). */
  scanlineBytes: number;
  bytesPerPixel: number;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes `png`'s structure and image data; throws on a bad signature, chunk CRC or data length. */
export function decodePng(png: Uint8Array): DecodedPng {
  const buf = Buffer.from(png);
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG signature');
  let at = 8;
  let width = 0;
  let height = 0;
  let bytesPerPixel = 0;
  const data: Buffer[] = [];
  let ended = false;
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length))
      throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8] ?? 0;
      const channels = CHANNELS[body[9] ?? -1];
      if (depth !== 8 || channels === undefined) throw new Error('unexpected PNG format');
      bytesPerPixel = channels;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!ended) throw new Error('no IEND chunk');
  const scanlineBytes = inflateSync(Buffer.concat(data)).length;
  if (scanlineBytes !== height * (1 + width * bytesPerPixel))
    throw new Error('image data has the wrong size');
  return { width, height, scanlineBytes, bytesPerPixel };
}
