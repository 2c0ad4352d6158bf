import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '0.1.0';

/**
 * OpenAPI 3 generated from the route schemas; served at /api/openapi.json and browsable at /api/docs.
 * The same document is committed as openapi/openapi.json (a test fails when it drifts).
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CARSI Coordination Platform API',
        version: API_VERSION,
        description:
          'System of record and coordination for the Central America Regional Security Initiative. ' +
          'Errors are RFC 9457 problem+json documents with a stable `code` (see docs/ERRORS.md). ' +
          'Send `Accept-Language: es` or `en` to choose the language of messages.',
      },
      tags: [
        { name: 'system', description: 'Health and metadata' },
        {
          name: 'frameworks',
          description: 'Strategic frameworks: CARSI goals, lines of work, ESCA components',
        },
        { name: 'partners', description: 'Countries, subdivisions and boundaries' },
        { name: 'codelists', description: 'IATI 2.03 codelists with Spanish and English labels' },
        { name: 'context', description: 'Citizen-security context statistics' },
        { name: 'identity', description: 'Sign-in, sessions, users, grants and API tokens' },
        { name: 'audit', description: 'The tamper-evident audit log and the mail outbox' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
}
