import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '@/modules/access';
import {
  createImportJob,
  exportIatiActivities,
  FindingPage,
  FindingQuery,
  getImportJob,
  ImportJobOutput,
  ImportUploadQuery,
  listImportFindings,
  listImportJobs,
  runImportJob,
} from '@/modules/iati';
import { NoQuery } from '@/platform/api-schemas';
import { uuidv7 } from '@/platform/crypto/uuid';
import { AppError } from '@/platform/errors';
import { IatiExportQuery, exportFilterOf } from './iati-export-query';

const IdParams = z.strictObject({ id: z.string().max(40) });
const UPLOAD_DIR = path.join(os.tmpdir(), 'carsi-imports');

/** Passes bytes through, failing once more than `limit` went by (the upload is then refused whole). */
function limitBytes(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > limit ? new AppError('payload_too_large') : null, chunk);
    },
  });
}

export const iatiRoutes: FastifyPluginAsyncZod<{ importLimitBytes: number }> = async (app, options) => {
  // IATI files are streamed to disk as they arrive, never parsed or held in memory by the HTTP layer.
  app.addContentTypeParser(
    ['application/xml', 'text/xml', 'application/octet-stream'],
    (_request, payload, done) => done(null, payload),
  );

  app.post(
    '/api/v1/imports',
    {
      config: { policy: 'iati.import', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['iati'],
        summary: 'Upload an IATI activity file (body: the XML) to import; answers 202 with the job to follow',
        querystring: ImportUploadQuery,
        response: { 202: ImportJobOutput },
      },
    },
    async (request, reply) => {
      await mkdir(UPLOAD_DIR, { recursive: true, mode: 0o700 });
      const file = path.join(UPLOAD_DIR, `${uuidv7(request.ctx.now())}.xml`);
      const body = request.body as NodeJS.ReadableStream | undefined;
      if (body === undefined || typeof body.pipe !== 'function') {
        throw new AppError('unsupported_media_type');
      }
      let size = 0;
      try {
        const counter = limitBytes(options.importLimitBytes);
        counter.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        await pipeline(body, counter, createWriteStream(file, { mode: 0o600 }));
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
      const job = await createImportJob({
        ctx: request.ctx,
        input: {
          fileName: request.query.fileName,
          sizeBytes: size,
          dryRun: request.query.dryRun === 'true',
          validate: request.query.validate === 'true',
        },
      });
      // The import goes on after the answer; the job row records its end (runImportJob never throws).
      void runImportJob({ ctx: request.ctx, jobId: job.id, path: file, deleteAfter: true });
      return reply.code(202).header('location', `/api/v1/jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/api/v1/imports',
    {
      config: { policy: 'iati.import' },
      schema: {
        tags: ['iati'],
        summary: 'The latest 50 IATI imports, newest first',
        querystring: NoQuery,
        response: { 200: z.object({ items: z.array(ImportJobOutput) }) },
      },
    },
    async (request) => listImportJobs({ ctx: request.ctx }),
  );

  app.get(
    '/api/v1/jobs/:id',
    {
      config: { policy: 'iati.import' },
      schema: {
        tags: ['iati'],
        summary: 'An import job: status, progress (bytes read), and its report once finished',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: ImportJobOutput },
      },
    },
    async (request) => getImportJob({ ctx: request.ctx, input: { id: request.params.id } }),
  );

  app.get(
    '/api/v1/jobs/:id/findings',
    {
      config: { policy: 'iati.import' },
      schema: {
        tags: ['iati'],
        summary: "A page of an import's findings (severity, code, line, column, activity, message)",
        params: IdParams,
        querystring: FindingQuery,
        response: { 200: FindingPage },
      },
    },
    async (request) =>
      listImportFindings({ ctx: request.ctx, input: { id: request.params.id, query: request.query } }),
  );

  app.get(
    '/api/v1/exports/iati',
    {
      config: { policy: 'activity.read', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['iati'],
        summary: 'The selected activities as IATI 2.03 XML, streamed (default: published activities)',
        querystring: IatiExportQuery,
        response: { 200: z.any().describe('application/xml') },
      },
    },
    async (request, reply) => {
      authorize(request.ctx.actor, 'activity.read');
      const stamp = request.ctx.now().toISOString().slice(0, 10);
      reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="carsi-iati-${stamp}.xml"`);
      reply.hijack();
      reply.raw.writeHead(200, reply.getHeaders() as Record<string, string>);
      try {
        await exportIatiActivities({
          db: request.ctx.db,
          filter: exportFilterOf(request.query),
          out: reply.raw,
          now: request.ctx.now(),
        });
      } catch (error) {
        request.log.error({ err: error }, 'IATI export failed midway');
      }
      reply.raw.end();
    },
  );
};
