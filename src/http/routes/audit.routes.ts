import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuditEventOutput,
  AuditEventQuery,
  AuditExportQuery,
  exportAuditEvents,
  listAuditEvents,
} from '@/modules/audit';
import { listOutbox, MailOutput } from '@/modules/mail';
import { PageQuery, pageOf } from '@/platform/pagination';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/audit-events',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: AuditEventQuery,
        response: { 200: pageOf(AuditEventOutput) },
      },
    },
    async (request) => listAuditEvents({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/api/v1/audit-events.csv',
    {
      config: { policy: 'audit.read', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit log as CSV, with the same filters',
        querystring: AuditExportQuery,
        response: { 200: z.string().describe('text/csv') },
      },
    },
    async (request, reply) => {
      const csv = await exportAuditEvents({ ctx: request.ctx, input: request.query });
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="carsi-audit-${request.ctx.now().toISOString().slice(0, 10)}.csv"`,
        )
        .send(csv);
    },
  );

  app.get(
    '/api/v1/mail-outbox',
    {
      config: { policy: 'mail.read' },
      schema: {
        tags: ['audit'],
        summary: 'Mail waiting in the outbox (no SMTP configured)',
        querystring: PageQuery,
        response: { 200: pageOf(MailOutput) },
      },
    },
    async (request) => listOutbox({ ctx: request.ctx, input: request.query }),
  );
};
