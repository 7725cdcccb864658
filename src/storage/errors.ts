import { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError } from 'mongodb';

/** A write refused by a unique index (E11000): someone else created the same key first. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/**
 * The driver could not talk to the server at all (refused, reset, timed out connecting, no server to
 * select, pool cleared after such an error), as opposed to an answer the server gave.
 */
export function isConnectionFailure(error: unknown): boolean {
  return (
    error instanceof MongoNetworkError ||
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNotConnectedError
  );
}
