import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, requireUser } from '@/modules/access';
import {
  authenticateSession,
  authenticateToken,
  SESSION_LIFETIME_MS,
  type StartedSession,
} from '@/modules/identity';
import { AppError } from '@/platform/errors';

/** `__Host-`: Secure, Path=/, no Domain — the browser refuses it from any other origin (SECURITY.md S2). */
export const SESSION_COOKIE = '__Host-carsi_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sets the session cookie after sign-in, second factor or setup. */
export function setSessionCookie(reply: FastifyReply, session: StartedSession): void {
  void reply.setCookie(SESSION_COOKIE, session.sessionId, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    maxAge: Math.floor(SESSION_LIFETIME_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
}

/**
 * Resolves the caller (bearer token or session cookie) into `request.ctx.actor`, enforces CSRF on
 * cookie-authenticated changes (C1), checks each route's declared policy before its input is even
 * validated (AC1, AC2), and marks authenticated responses `no-store` (O4).
 */
export async function registerAuth(app: FastifyInstance): Promise<void> {
  await app.register(cookie);

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
      if (match?.[1] === undefined) {
        throw new AppError('unauthenticated');
      }
      request.ctx = {
        ...request.ctx,
        actor: await authenticateToken({ ctx: request.ctx, input: { token: match[1] } }),
      };
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId === undefined) {
      return;
    }
    request.sessionCookie = sessionId;
    try {
      request.auth = await authenticateSession({ ctx: request.ctx, input: { sessionId } });
    } catch (error) {
      if (error instanceof AppError && error.code === 'session_expired') {
        return; // an ended session is anonymous; protected routes answer 401 session_expired below
      }
      throw error;
    }
    if (request.auth.actor !== undefined) {
      request.ctx = { ...request.ctx, actor: request.auth.actor };
    }
  });

  app.addHook('preValidation', async (request) => {
    checkCsrf(request);
    checkPolicy(request);
  });

  app.addHook('onSend', async (request, reply) => {
    if (request.ctx.actor.type === 'user' || request.auth !== undefined) {
      void reply.header('cache-control', 'no-store');
    }
  });
}

function checkCsrf(request: FastifyRequest): void {
  if (!UNSAFE_METHODS.has(request.method) || request.sessionCookie === undefined) {
    return;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('csrf_failed');
  }
  // Requests that start a session carry no session yet; every other change must echo the session's token.
  if (request.auth !== undefined && request.headers['x-csrf-token'] !== request.auth.session.csrf_token) {
    throw new AppError('csrf_failed');
  }
}

function checkPolicy(request: FastifyRequest): void {
  const policy = request.routeOptions.config.policy;
  if (policy === undefined || policy === 'public') {
    return;
  }
  const expired = request.sessionCookie !== undefined && request.auth === undefined;
  try {
    if (policy === 'session') {
      if (request.auth === undefined) {
        throw new AppError('unauthenticated');
      }
      return;
    }
    if (request.auth !== undefined && request.auth.actor === undefined) {
      throw new AppError('mfa_pending');
    }
    if (policy === 'authenticated') {
      requireUser(request.ctx.actor);
      return;
    }
    authorize(request.ctx.actor, policy);
  } catch (error) {
    request.log.warn(
      { event: 'access_denied', policy, actor: request.ctx.actor.type, url: request.routeOptions.url },
      'security event',
    );
    if (expired && error instanceof AppError && error.code === 'unauthenticated') {
      throw new AppError('session_expired');
    }
    throw error;
  }
}
