/**
 * Fetches a web page a moderator pasted, with the limits a server fetching an address from a chat needs: a
 * deadline for the whole exchange, a size cap (counted after decompression), http(s) only, HTML only, a
 * few redirects at most, and no private, loopback, link-local or otherwise special addresses. Every host
 * is resolved with `dns.lookup` and every address it gives is checked, on each redirect too; the check
 * runs inside the connection's own lookup, so the address checked is the address connected to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';

/** How long a whole fetch (every redirect and the body) may take. */
export const PAGE_TIMEOUT_MS = 10_000;
/** A news page with its scripts inlined is 0.2–1.5 MB; past this it is not a page we want. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** Redirects followed: enough for http→https→canonical, few enough to stop loops. */
export const MAX_REDIRECTS = 5;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
const USER_AGENT = 'border-brief/0.1 (moderator /kb add url)';

/** A page that could not be fetched; the message is one line for the moderator. */
export class PageFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageFetchError';
  }
}

/** Resolves a host name to all its addresses (`dns.lookup` with `all: true` by default). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface PageFetchOptions {
  /** Allow 127.0.0.0/8 and ::1 (tests' local server); every other special range stays refused. */
  allowLoopback: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  resolve?: ResolveHost;
}

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  html: string;
  bytes: number;
  redirects: number;
}

const defaultResolve: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Ranges no public web page lives in, with the word the refusal uses. */
const SPECIAL: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'reserved'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'private (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'reserved'],
  ['192.0.2.0', 24, 'ipv4', 'reserved (documentation)'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'reserved (benchmarking)'],
  ['198.51.100.0', 24, 'ipv4', 'reserved (documentation)'],
  ['203.0.113.0', 24, 'ipv4', 'reserved (documentation)'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'private'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'private (site-local)'],
  ['100::', 64, 'ipv6', 'reserved (discard)'],
  ['ff00::', 8, 'ipv6', 'multicast'],
  ['2001:db8::', 32, 'ipv6', 'reserved (documentation)'],
];
const SPECIAL_LISTS = SPECIAL.map(([address, prefix, family, kind]) => {
  const list = new BlockList();
  list.addSubnet(address, prefix, family);
  return { list, family, kind };
});

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible or NAT64 IPv6 address. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (groups === null) return null;
  const head = groups.slice(0, 6).join(':');
  const nat64 = groups.slice(0, 6).join(':') === '64:ff9b:0:0:0:0';
  if (head !== '0:0:0:0:0:ffff' && head !== '0:0:0:0:0:0' && !nat64) return null;
  const [hi = 0, lo = 0] = groups.slice(6).map((g) => parseInt(g, 16));
  if (head === '0:0:0:0:0:0' && hi === 0) return null;
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

function expandIpv6(address: string): string[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left = '', right] = text.split('::');
  const head = left === '' ? [] : left.split(':');
  const tail = right === undefined || right === '' ? [] : right.split(':');
  const missing = 8 - head.length - tail.length;
  if (right === undefined ? head.length !== 8 : missing < 0) return null;
  return [...head, ...Array<string>(Math.max(0, missing)).fill('0'), ...tail].map((g) =>
    parseInt(g, 16).toString(16),
  );
}

/**
 * Why `address` may not be fetched (`"private"`, `"loopback"`, `"link-local"`…), or `null` when it is a
 * public address. With `allowLoopback`, loopback addresses are allowed too.
 */
export function forbiddenAddress(address: string, allowLoopback: boolean): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const v4 = family === 6 ? embeddedIpv4(address) : address;
  const [checked, type] = v4 !== null ? [v4, 'ipv4' as const] : [address, 'ipv6' as const];
  if (allowLoopback && LOOPBACK.check(checked, type)) return null;
  for (const { list, family: f, kind } of SPECIAL_LISTS)
    if (f === type && list.check(checked, type)) return kind;
  return null;
}

/** A `lookup` for `http.request` that refuses a host when any of its addresses is forbidden. */
function guardedLookup(resolve: ResolveHost, allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = addresses
          .map((a) => ({ a, why: forbiddenAddress(a.address, allowLoopback) }))
          .find((x) => x.why !== null);
        if (addresses.length === 0) callback(new PageFetchError(`${hostname} has no address`), '', 4);
        else if (bad !== undefined)
          callback(
            new PageFetchError(`refused: ${hostname} resolves to ${bad.a.address}, a ${bad.why} address`),
            '',
            4,
          );
        else if (options.all) callback(null, addresses as never);
        else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
      },
      (error: NodeJS.ErrnoException) =>
        callback(
          new PageFetchError(
            error.code === 'ENOTFOUND'
              ? `the host ${hostname} was not found`
              : `could not resolve ${hostname}`,
          ),
          '',
          4,
        ),
    );
  };
}

function checkAddress(url: URL, allowLoopback: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PageFetchError(`only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '')
    throw new PageFetchError('an address with a user name or password is not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) {
    const why = forbiddenAddress(host, allowLoopback);
    if (why !== null) throw new PageFetchError(`refused: ${host} is a ${why} address`);
  }
}

/** The response's body, decompressed; an error or abort of the response ends the decompressed stream too. */
function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const through = (decompress: Readable & NodeJS.WritableStream) =>
    pipeline(response, decompress, () => undefined) as Readable;
  if (encoding === 'gzip' || encoding === 'x-gzip') return through(createGunzip());
  if (encoding === 'deflate') return through(createInflate());
  if (encoding === 'br') return through(createBrotliDecompress());
  if (encoding === '' || encoding === 'identity') return response;
  throw new PageFetchError(`the page is sent with an encoding I cannot read (${encoding})`);
}

/** Bytes of a page searched for `<meta charset>` when the header names none (the HTML standard's prescan length). */
const CHARSET_PRESCAN_BYTES = 1024;

/** The page's character encoding: the header's `charset`, else a `<meta charset>` near the top, else UTF-8. */
function charsetOf(contentType: string, body: Buffer): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i;
  return (
    declared.exec(contentType)?.[1] ??
    declared.exec(body.subarray(0, CHARSET_PRESCAN_BYTES).toString('latin1'))?.[1] ??
    'utf-8'
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

/** One request; resolves with the response (not yet read). */
function get(url: URL, lookup: LookupFunction, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      // A fresh connection each time: a pooled one would skip the lookup, and with it the address check.
      agent: false,
      lookup,
      signal,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new PageFetchError(`the page is ${megabytes(declared)}; the limit is ${megabytes(maxBytes)}`);
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      stream.destroy();
      response.destroy();
      throw new PageFetchError(`the page is larger than ${megabytes(maxBytes)}, the limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Fetches the HTML page at `address`, following at most {@link MAX_REDIRECTS} redirects.
 * @throws {PageFetchError} with one line saying what went wrong (timeout, HTTP status, not HTML, too big,
 * a forbidden address, too many redirects, a network failure).
 */
export async function fetchPage(address: string, options: PageFetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? PAGE_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const lookup = guardedLookup(options.resolve ?? defaultResolve, options.allowLoopback);
  const signal = AbortSignal.timeout(timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageFetchError(`not a web address: ${JSON.stringify(address.slice(0, 100))}`);
  }
  try {
    for (let redirects = 0; ; redirects++) {
      checkAddress(url, options.allowLoopback);
      const response = await get(url, lookup, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.resume();
        if (redirects >= maxRedirects)
          throw new PageFetchError(`the page redirects more than ${maxRedirects} times`);
        try {
          url = new URL(location, url);
        } catch {
          throw new PageFetchError(`the page redirects to an address that is not one`);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new PageFetchError(
          `the page answered HTTP ${status}${response.statusMessage ? ` (${response.statusMessage})` : ''}`,
        );
      }
      const contentType = response.headers['content-type'] ?? '';
      if (!HTML_TYPES.test(contentType)) {
        response.destroy();
        throw new PageFetchError(
          `not an HTML page (content-type: ${contentType.split(';')[0]?.trim() || 'none given'})`,
        );
      }
      const body = await readBody(response, maxBytes);
      let html: string;
      try {
        html = new TextDecoder(charsetOf(contentType, body)).decode(body);
      } catch {
        html = new TextDecoder('utf-8').decode(body);
      }
      return { url: url.href, html, bytes: body.byteLength, redirects };
    }
  } catch (error) {
    if (signal.aborted)
      throw new PageFetchError(
        `the page did not arrive within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`,
      );
    if (error instanceof PageFetchError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof PageFetchError) throw cause;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageFetchError(
      `could not fetch the page (${code ?? (error instanceof Error ? error.message : String(error))})`,
    );
  }
}
