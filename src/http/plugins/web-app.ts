import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from './problem';

/**
 * Serves the built React app from `webDir` and answers unknown non-API paths with its index.html, so
 * client-side routes survive a reload. Unknown /api paths get a `route_not_found` problem.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    // wildcard: files are looked up per request, so a rebuild or deploy is served without a restart.
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: true,
      index: false,
      maxAge: '1h',
    });
  }
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', webDir, { maxAge: 0 });
  if (built) {
    app.get('/', async (_request, reply) => sendIndex(reply));
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url === '/api' ||
      !['GET', 'HEAD'].includes(request.method)
    ) {
      return sendProblem(request, reply, 'route_not_found');
    }
    if (looksLikeFile(request.url)) {
      // A missing script or image must fail as such, not come back as the app's HTML.
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built yet: run `npm run build` (npm start does it for you).\n');
    }
    return sendIndex(reply);
  });
}

/** `/assets/index-3f2a.js`, `/favicon.svg`: paths of files rather than of client-side routes. */
function looksLikeFile(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return pathname.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(pathname);
}
