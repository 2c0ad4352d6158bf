import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AuthenticatedSession } from '@/modules/identity';
import type { Permission } from '@/modules/access';
import type { SecuritySettings, ServiceContext } from '@/platform/context';
import type { Db } from '@/platform/db/connect';

/**
 * Who may call a route: `public` (anyone), `session` (a signed-in browser, even one still completing the
 * second factor), `authenticated` (a signed-in user or token), or a permission of the matrix.
 */
export type RoutePolicy = 'public' | 'session' | 'authenticated' | Permission;

/** One API route as declared: what the route-table tests walk (SECURITY.md AC1, AC2, IV1). */
export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly policy: RoutePolicy;
  readonly validatesInput: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: DeclaredRoute[];
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    ctx: ServiceContext;
    /** The browser session behind the request, if its cookie is valid. */
    auth: AuthenticatedSession | undefined;
    /** The raw session cookie value, if one was sent. */
    sessionCookie: string | undefined;
  }
}

/** Routes that plugins register for themselves (documentation UI) rather than our code. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

/**
 * Builds `request.ctx` for verbs, and refuses at startup any API route that does not declare its policy
 * (deny by default, SECURITY.md AC1).
 */
export function registerRequestContext(
  app: FastifyInstance,
  db: Db,
  now: () => Date,
  security: SecuritySettings,
): void {
  app.decorate('apiRoutes', []);
  app.addHook('onRoute', (route) => {
    const isApi =
      route.url.startsWith('/api/') && !PLUGIN_ROUTE_PREFIXES.some((prefix) => route.url.startsWith(prefix));
    if (!isApi) {
      return;
    }
    const policy = route.config?.policy;
    if (policy === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no policy`);
    }
    const schema = route.schema;
    const validatesInput =
      schema?.querystring !== undefined && (!route.url.includes(':') || schema.params !== undefined);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') {
        app.apiRoutes.push({ method, url: route.url, policy, validatesInput });
      }
    }
  });
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.decorateRequest('auth', undefined);
  app.decorateRequest('sessionCookie', undefined);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      actor: { type: 'anonymous' },
      db: db.kysely,
      dialect: db.dialect,
      now,
      log: request.log as Logger,
      requestId: request.id,
      security,
    };
  });
}
