import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { INPUT_LIMITS } from '../limits';

/** Why a body was refused; `status` is the HTTP answer. `message` is safe to show any caller. */
export interface BodyRefusal {
  readonly ok: false;
  readonly status: 400 | 408 | 413 | 415;
  readonly error: 'BadRequest' | 'RequestTimeout' | 'PayloadTooLarge' | 'UnsupportedMediaType';
  readonly message: string;
  /** True when the body was not read to its end: the connection must be closed, not reused. */
  readonly unread: boolean;
}

export type BodyResult = { readonly ok: true; readonly value: unknown } | BodyRefusal;

export interface BodyLimits {
  readonly bodyBytes: number;
  readonly bodyReadMs: number;
  readonly jsonDepth: number;
}

const DEFAULT_LIMITS: BodyLimits = INPUT_LIMITS;

function refusal(status: BodyRefusal['status'], message: string, unread: boolean): BodyRefusal {
  const error =
    status === 413
      ? 'PayloadTooLarge'
      : status === 415
        ? 'UnsupportedMediaType'
        : status === 408
          ? 'RequestTimeout'
          : 'BadRequest';
  return { ok: false, status, error, message, unread };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * What can be refused from the headers alone, before a byte of the body is read.
 * Compressed bodies are refused rather than inflated: the Bot Framework service sends plain JSON, and
 * not inflating at all is the only limit a decompression bomb cannot get round.
 */
export function refuseByHeaders(
  headers: IncomingHttpHeaders,
  limits: BodyLimits = DEFAULT_LIMITS,
): BodyRefusal | undefined {
  const encoding = header(headers, 'content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return refusal(415, 'Compressed bodies are not accepted: send the activity as plain JSON.', true);
  }
  const [mediaType = '', ...parameters] = (header(headers, 'content-type') ?? '').split(';');
  const type = mediaType.trim().toLowerCase();
  if (type !== 'application/json') {
    return refusal(415, 'The body must be JSON (Content-Type: application/json).', true);
  }
  const charset = parameters
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return refusal(415, 'The body must be UTF-8 JSON.', true);
  }
  const length = header(headers, 'content-length');
  if (length !== undefined && Number(length) > limits.bodyBytes) {
    return refusal(413, `The body is larger than ${limits.bodyBytes} bytes.`, true);
  }
  return undefined;
}

/** Deepest nesting of a parsed JSON value, walked without recursion; stops counting past `max`. */
function depthExceeds(value: unknown, max: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}

/**
 * Reads and parses a JSON request body, counting the bytes as they arrive: the limit is on what is
 * parsed, whatever Content-Length says. Never throws and never leaves a stream error unhandled.
 */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits = DEFAULT_LIMITS): Promise<BodyResult> {
  // A stream error (a reset connection) must have a listener, or it would stop the process.
  req.on('error', ignore);
  const early = refuseByHeaders(req.headers, limits);
  if (early) return Promise.resolve(early);
  return new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      if (!result.ok && result.unread) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limits.bodyBytes) {
        chunks.length = 0;
        finish(refusal(413, `The body is larger than ${limits.bodyBytes} bytes.`, true));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(parse(Buffer.concat(chunks), limits));
    const onClose = () => finish(refusal(400, 'The request ended before its body.', true));
    const timer = setTimeout(
      () => finish(refusal(408, 'The body took too long to arrive.', true)),
      limits.bodyReadMs,
    );
    req.once('error', () => finish(refusal(400, 'The request failed while its body was read.', true)));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

function ignore(): void {}

/** One decoder for every body: a whole-buffer decode keeps no state between calls. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parse(raw: Buffer, limits: BodyLimits): BodyResult {
  if (raw.length === 0) return refusal(400, 'The body is empty.', false);
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return refusal(400, 'The body is not valid UTF-8.', false);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refusal(400, 'The body is not valid JSON.', false);
  }
  if (depthExceeds(value, limits.jsonDepth)) {
    return refusal(400, `The body nests deeper than ${limits.jsonDepth} levels.`, false);
  }
  return { ok: true, value };
}
