import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '@/platform/errors';

/** The ETag of a record is its version: `"7"`. */
export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', `"${version}"`);
}

/**
 * The version the client edited, from `If-Match: "7"` (optimistic concurrency: a stale one gets 412).
 * @throws AppError `precondition_required` when missing; ValidationError when malformed
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new AppError('precondition_required');
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (match?.[1] === undefined) {
    throw new ValidationError([
      {
        path: 'header.if-match',
        code: 'invalid_format',
        message: {
          es: 'If-Match debe ser la ETag del registro, p. ej. "3".',
          en: 'If-Match must be the record’s ETag, e.g. "3".',
        },
      },
    ]);
  }
  return Number(match[1]);
}

/**
 * A `preValidation` hook that refuses a change before its body is read: 428 without `If-Match`, 412 when
 * it names an older version than `currentVersion` returns (the verb checks again inside its transaction).
 */
export function ifMatchFirst(currentVersion: (request: FastifyRequest) => Promise<number>) {
  return async (request: FastifyRequest): Promise<void> => {
    const expected = expectedVersion(request);
    if ((await currentVersion(request)) !== expected) {
      throw new AppError('precondition_failed');
    }
  };
}
