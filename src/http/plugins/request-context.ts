import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { ServiceContext } from '@/platform/context';
import type { Db } from '@/platform/db/connect';

/** Who may call a route. Identity (issue 3) adds role-based policies; every route must name one. */
export type RoutePolicy = 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    ctx: ServiceContext;
  }
}

/** Routes that plugins register for themselves (documentation UI, static files) rather than our code. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

/**
 * Builds `request.ctx` for verbs, and refuses at startup any API route that does not declare its policy
 * (deny by default).
 */
export function registerRequestContext(app: FastifyInstance, db: Db, now: () => Date): void {
  app.addHook('onRoute', (route) => {
    const isApi =
      route.url.startsWith('/api/') && !PLUGIN_ROUTE_PREFIXES.some((prefix) => route.url.startsWith(prefix));
    if (isApi && route.config?.policy === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no policy`);
    }
  });
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      actor: { type: 'anonymous' },
      db: db.kysely,
      dialect: db.dialect,
      now,
      log: request.log as Logger,
      requestId: request.id,
    };
  });
}
