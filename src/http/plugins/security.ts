import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { Config } from '@/platform/config';

/** The Content-Security-Policy of every response (SECURITY.md O3; helmet's defaults are overridden). */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  scriptSrc: ["'self'"],
  // Mantine sets CSS variables and some positions through style attributes; scripts stay strict.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Security headers, rate limiting and load shedding, registered before any route. */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // HSTS only means something over TLS, which a proxy terminates in production.
    hsts: config.trustProxy ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // Thrown to our error handler, which renders `rate_limited` as problem+json.
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Rate limit exceeded, retry in ${context.after}`), { statusCode: 429 }),
  });
  await app.register(underPressure, {
    maxEventLoopDelay: 1000,
    maxHeapUsedBytes: 4 * 1024 ** 3,
    retryAfter: 30,
    pressureHandler: (_request, _reply, type) => {
      throw Object.assign(new Error(`Under pressure: ${type}`), { statusCode: 503 });
    },
  });
}
