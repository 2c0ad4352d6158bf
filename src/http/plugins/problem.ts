import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldProblem } from '@/platform/errors';
import { ERROR_CODES, type ErrorCode } from '@/shared/error-codes';
import { requestLanguage } from '../language';

/** An RFC 9457 problem document, plus our stable `code` and the request id. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: { path: string; code: string; message: string }[];
  [extension: string]: unknown;
}

/** Sends `code` as application/problem+json in the caller's language. Never includes stacks or SQL. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  extra: { detail?: string; errors?: readonly FieldProblem[]; extensions?: Record<string, unknown> } = {},
): FastifyReply {
  const language = requestLanguage(request);
  const entry = ERROR_CODES[code];
  const problem: Problem = {
    type: `urn:carsi:problem:${code}`,
    title: entry[language],
    status: entry.status,
    detail: extra.detail ?? entry[language],
    instance: request.url.split('?')[0] ?? request.url,
    code,
    requestId: request.id,
    ...extra.extensions,
  };
  if (extra.errors !== undefined && extra.errors.length > 0) {
    problem.errors = extra.errors.map((error) => ({
      path: error.path,
      code: error.code,
      message: error.message[language],
    }));
    problem.detail = problem.errors.map((error) => `${error.path}: ${error.message}`).join('; ');
  }
  return reply
    .code(entry.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('content-language', language)
    .send(JSON.stringify(problem));
}
