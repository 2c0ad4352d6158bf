import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem';

/**
 * Serves the built React app from `webDir` and answers unknown non-API paths with its index.html, so
 * client-side routes survive a reload. Unknown /api paths get a `route_not_found` problem.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      maxAge: '1h',
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url === '/api' ||
      !['GET', 'HEAD'].includes(request.method)
    ) {
      return sendProblem(request, reply, 'route_not_found');
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built yet: run `npm run build` (npm start does it for you).\n');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir, { maxAge: 0 });
  });
}
