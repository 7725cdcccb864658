import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import { INPUT_LIMITS } from '../limits';

/** How long token validation may wait for the issuer's signing keys before the request gets 503. */
export const AUTH_TIMEOUT_MS = 5_000;

// Three base64url segments: the shape of any JWT. Nothing here trusts it; botbuilder validates it.
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The Authorization header when it carries a bearer token shaped like a JWT, else undefined. Checked
 * from the headers alone, so a request without one is refused before its body is read.
 */
export function bearerHeader(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > INPUT_LIMITS.authorizationChars) return undefined;
  if (!value.startsWith('Bearer ')) return undefined;
  return JWT_SHAPE.test(value.slice('Bearer '.length)) ? value : undefined;
}

export type AuthOutcome<R> =
  | { readonly ok: true; readonly result: R }
  | {
      readonly ok: false;
      /** 401: the token is not valid. 503: the issuer's signing keys could not be fetched in time. */
      readonly status: 401 | 503;
      /** For the log only, never for the caller. */
      readonly reason: string;
    };

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

const FailureShape = z
  .object({
    name: z.string().optional(),
    code: z.union([z.string(), z.number()]).optional(),
    statusCode: z.number().optional(),
    message: z.string().optional(),
  })
  .passthrough();

/** Sorts what botbuilder's token validation threw into "bad token" and "cannot check tokens now". */
export function classifyAuthFailure(error: unknown): { status: 401 | 503; reason: string } {
  const shape = FailureShape.safeParse(error);
  const failure = shape.success ? shape.data : {};
  const detail = (failure.message ?? '').slice(0, 160);
  if (failure.name && TOKEN_ERRORS.has(failure.name))
    return { status: 401, reason: `${failure.name}: ${detail}` };
  if (failure.statusCode === 401) return { status: 401, reason: detail || 'unauthorized' };
  // botbuilder reports signing keys it could not load as a 500 AuthenticationError.
  if (failure.statusCode !== undefined && failure.statusCode >= 500) {
    return { status: 503, reason: `signing keys unavailable: ${detail}` };
  }
  // A network failure reaching the issuer (node-fetch's FetchError, a system error code).
  if (failure.name === 'FetchError' || failure.name === 'AbortError' || typeof failure.code === 'string') {
    return { status: 503, reason: `issuer unreachable: ${String(failure.code ?? failure.name)}` };
  }
  // Anything else is a token that could not be validated: refused, never let through.
  return { status: 401, reason: `unrecognized: ${failure.name ?? typeof error} ${detail}`.trim() };
}

const quiet = new AsyncLocalStorage<boolean>();
let consoleGuarded = false;

/**
 * botframework-connector prints failed token checks with console.error (a stack trace for an expired
 * token, the signing keys for a bad signature). While authenticateWith runs a check, console output is
 * dropped: its caller logs one structured line instead. Console output elsewhere is untouched.
 * Installed once, when the adapter is created.
 */
export function quietConsoleDuringAuthentication(): void {
  if (consoleGuarded) return;
  consoleGuarded = true;
  for (const method of ['error', 'warn', 'log', 'info'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      if (quiet.getStore() !== true) original.apply(console, args);
    };
  }
}

const TIMED_OUT = Symbol('timed out');

/** Runs a token check with a deadline, quietly, and never throws. */
export async function authenticateWith<R>(
  check: () => Promise<R>,
  timeoutMs: number = AUTH_TIMEOUT_MS,
): Promise<AuthOutcome<R>> {
  quietConsoleDuringAuthentication();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  try {
    const result = await Promise.race([quiet.run(true, check), deadline]);
    if (result === TIMED_OUT)
      return { ok: false, status: 503, reason: `no answer from the issuer in ${timeoutMs} ms` };
    return { ok: true, result };
  } catch (error) {
    return { ok: false, ...classifyAuthFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}
