import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  getSource,
  listSourceFiles,
  listSources,
  PublicDataRequest,
  registerSource,
  SourceDetail,
  SourceFile,
  SourceFileQuery,
  SourceInput,
  SourcePatch,
  SourceSummary,
  startPublicDataLoad,
  startSourceSync,
  updateSource,
  type SyncSettings,
} from '@/modules/iati';
import { itemsOf, NoQuery } from '@/platform/api-schemas';
import { expectedVersion, setEtag } from '../etag';

const IdParams = z.strictObject({ id: z.string().max(40) });
const SyncStarted = z.object({
  attemptId: z.string().describe('the run’s attempt: follow it on the source'),
});
const PublicDataStarted = itemsOf(
  z.object({
    sourceId: z.string(),
    name: z.string(),
    attemptId: z.string().nullable().describe('null: a sync of this source was already running'),
  }),
);

export const iatiSourcesRoutes: FastifyPluginAsyncZod<{ settings: SyncSettings }> = async (app, options) => {
  // Syncs run after the answer; closing the app stops their downloads and waits for the file being imported.
  const shutdown = new AbortController();
  const running = new Set<Promise<unknown>>();
  const inBackground = (work: Promise<unknown>, log: { error: (o: object, m: string) => void }) => {
    const tracked = work.catch((error: unknown) => log.error({ err: error }, 'background IATI sync failed'));
    running.add(tracked);
    void tracked.finally(() => running.delete(tracked));
  };
  app.addHook('onClose', async () => {
    shutdown.abort();
    await Promise.all(running);
  });
  const syncOptions = { settings: options.settings, trigger: 'manual' as const, signal: shutdown.signal };

  app.get(
    '/api/v1/iati/sources',
    {
      config: { policy: 'iati.import' },
      schema: {
        tags: ['iati'],
        summary: 'Registered public IATI sources: status, last sync, reconciliation, limitations',
        querystring: NoQuery,
        response: { 200: itemsOf(SourceSummary) },
      },
    },
    async (request) => listSources({ ctx: request.ctx }),
  );

  app.post(
    '/api/v1/iati/sources',
    {
      config: { policy: 'iati.source.manage' },
      schema: {
        tags: ['iati'],
        summary: 'Register a public IATI source (a file URL, a Registry publisher, a Datastore query)',
        querystring: NoQuery,
        body: SourceInput,
        response: { 201: SourceSummary },
      },
    },
    async (request, reply) => {
      const source = await registerSource({
        ctx: request.ctx,
        input: request.body,
        settings: options.settings,
      });
      setEtag(reply, source.version);
      return reply.code(201).header('location', `/api/v1/iati/sources/${source.id}`).send(source);
    },
  );

  app.get(
    '/api/v1/iati/sources/:id',
    {
      config: { policy: 'iati.import' },
      schema: {
        tags: ['iati'],
        summary: 'A source with its URLs, its latest 20 fetch attempts and the files imported for it',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: SourceDetail },
      },
    },
    async (request, reply) => {
      const source = await getSource({ ctx: request.ctx, input: { id: request.params.id } });
      setEtag(reply, source.version);
      return source;
    },
  );

  app.patch(
    '/api/v1/iati/sources/:id',
    {
      config: { policy: 'iati.source.manage' },
      schema: {
        tags: ['iati'],
        summary: 'Change a source (If-Match: its ETag)',
        params: IdParams,
        querystring: NoQuery,
        body: SourcePatch,
        response: { 200: SourceSummary },
      },
    },
    async (request, reply) => {
      const source = await updateSource({
        ctx: request.ctx,
        input: { id: request.params.id, expectedVersion: expectedVersion(request), patch: request.body },
        settings: options.settings,
      });
      setEtag(reply, source.version);
      return source;
    },
  );

  app.post(
    '/api/v1/iati/sources/:id/sync',
    {
      config: { policy: 'iati.source.manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['iati'],
        summary: 'Sync a source now; answers 202 with the run’s attempt (poll the source to follow it)',
        params: IdParams,
        querystring: NoQuery,
        response: { 202: SyncStarted },
      },
    },
    async (request, reply) => {
      const { attemptId, done } = await startSourceSync({
        ctx: request.ctx,
        input: { id: request.params.id },
        options: syncOptions,
      });
      inBackground(done, request.log);
      return reply.code(202).send({ attemptId });
    },
  );

  app.post(
    '/api/v1/iati/public-data',
    {
      config: { policy: 'iati.source.manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['iati'],
        summary: 'Load the US government files shipped with the product as real records (in the background)',
        querystring: NoQuery,
        body: PublicDataRequest,
        response: { 202: PublicDataStarted },
      },
    },
    async (request, reply) => {
      const { items, done } = await startPublicDataLoad({
        ctx: request.ctx,
        input: request.body,
        signal: shutdown.signal,
      });
      inBackground(done, request.log);
      return reply.code(202).send({ items: [...items] });
    },
  );

  app.get(
    '/api/v1/iati/files',
    {
      config: { policy: 'iati.import' },
      schema: {
        tags: ['iati'],
        summary: 'Every imported IATI file, fetched or uploaded, newest first, with its reconciliation',
        querystring: SourceFileQuery,
        response: { 200: itemsOf(SourceFile) },
      },
    },
    async (request) => listSourceFiles({ ctx: request.ctx, input: request.query }),
  );
};
