import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '@/platform/errors';
import { toFieldProblems } from '@/platform/validation';
import type { ErrorCode } from '@/shared/error-codes';
import { sendProblem } from './problem';

/** Fastify's own error codes that come from bad client input, and our code for each. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
  FST_ERR_VALIDATION: 'validation_failed',
};

/** Status codes raised by plugins (rate limit, under-pressure) and our code for each. */
const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/**
 * The one place where errors become HTTP responses: AppError by its code, schema validation as
 * `validation_failed` with every field problem, known client mistakes by their code, anything else as a
 * logged `internal_error` whose message is hidden.
 */
/** Details of an AppError that help the caller (which record, year, state); anything else stays in the log. */
const PUBLIC_DETAIL_KEYS = ['key', 'fiscalYear', 'state', 'action'] as const;

function publicDetails(details: AppError['details']): Record<string, unknown> | undefined {
  const shown: Record<string, unknown> = {};
  for (const name of PUBLIC_DETAIL_KEYS) {
    if (details?.[name] !== undefined) {
      shown[name] = details[name];
    }
  }
  return Object.keys(shown).length === 0 ? undefined : shown;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') {
        void reply.header('retry-after', String(retryAfter));
      }
      return sendProblem(request, reply, error.code, {
        errors: error.details?.errors,
        extensions: publicDetails(error.details),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext === 'querystring' ? 'query' : error.validationContext;
      return sendProblem(request, reply, 'validation_failed', {
        errors: toFieldProblems(validationIssues(request, error), location),
      });
    }
    const known = FASTIFY_CODES[error.code] ?? STATUS_CODES[error.statusCode ?? 500];
    if (known !== undefined) {
      return sendProblem(request, reply, known);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal_error');
  });
}

/**
 * The issues of a failed route validation, with the input they concern: parsing again with `reportInput`
 * lets the messages say what was received, in each language. Falls back to the validator's own issues.
 */
function validationIssues(request: FastifyRequest, error: FastifyError): z.core.$ZodIssue[] {
  const part = error.validationContext;
  const schema =
    part === undefined ? undefined : (request.routeOptions.schema?.[part] as z.ZodType | undefined);
  const input = {
    body: request.body,
    querystring: request.query,
    params: request.params,
    headers: request.headers,
  };
  const reparsed = schema?.safeParse(part === undefined ? undefined : input[part], { reportInput: true });
  if (reparsed !== undefined && !reparsed.success) {
    return reparsed.error.issues;
  }
  return (error.validation ?? []).map(
    (entry) =>
      ({
        ...entry.params,
        code: entry.keyword,
        path: entry.instancePath.split('/').filter((segment) => segment !== ''),
        message: entry.message,
      }) as unknown as z.core.$ZodIssue,
  );
}
