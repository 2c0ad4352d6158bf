import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityExportQuery,
  ActivityInput,
  ActivityListQuery,
  ActivityOutput,
  ActivityPatch,
  ActivitySummaryOutput,
  changeActivityWorkflow,
  createActivity,
  exportActivities,
  getActivity,
  getActivityVersion,
  listActivities,
  listActivityHistory,
  updateActivity,
  WorkflowActionInput,
} from '@/modules/activities';
import { HistoryEntryOutput } from '@/modules/audit';
import { NoQuery } from '@/platform/api-schemas';
import { expectedVersion, ifMatchFirst, setEtag } from '../etag';

const IdParams = z.strictObject({ id: z.string().max(40) });
const ActivityPage = z.object({
  items: z.array(ActivitySummaryOutput),
  total: z.number().int().describe('activities matching the filters'),
  nextCursor: z.string().nullable(),
});
const activityVersion = (request: {
  ctx: Parameters<typeof getActivityVersion>[0]['ctx'];
  params: unknown;
}) => getActivityVersion({ ctx: request.ctx, input: { id: (request.params as { id: string }).id } });

export const activitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/activities',
    {
      config: { policy: 'activity.read' },
      schema: {
        tags: ['activities'],
        summary: 'Find activities: filters, search in either language, sorting, pages, total',
        querystring: ActivityListQuery,
        response: { 200: ActivityPage },
      },
    },
    async (request) => listActivities({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/api/v1/activities/export',
    {
      config: { policy: 'activity.read', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['activities'],
        summary: 'The same selection as the list, as CSV or XLSX',
        querystring: ActivityExportQuery,
        response: { 200: z.any().describe('text/csv or XLSX') },
      },
    },
    async (request, reply) => {
      const file = await exportActivities({ ctx: request.ctx, input: request.query });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );

  app.post(
    '/api/v1/activities',
    {
      config: { policy: 'activity.create' },
      schema: {
        tags: ['activities'],
        summary: 'Record a programme, project or activity (as a draft)',
        querystring: NoQuery,
        body: ActivityInput,
        response: { 201: ActivityOutput },
      },
    },
    async (request, reply) => {
      const activity = await createActivity({ ctx: request.ctx, input: request.body });
      setEtag(reply, activity.version);
      return reply.code(201).send(activity);
    },
  );

  app.get(
    '/api/v1/activities/:id',
    {
      config: { policy: 'activity.read' },
      schema: {
        tags: ['activities'],
        summary: 'One activity with all its parts (ETag: its version)',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: ActivityOutput },
      },
    },
    async (request, reply) => {
      const activity = await getActivity({ ctx: request.ctx, input: { id: request.params.id } });
      setEtag(reply, activity.version);
      return activity;
    },
  );

  app.patch(
    '/api/v1/activities/:id',
    {
      config: { policy: 'activity.update' },
      preValidation: ifMatchFirst(activityVersion),
      schema: {
        tags: ['activities'],
        summary: 'Change an activity (If-Match: its ETag; 428 without, 412 when stale)',
        params: IdParams,
        querystring: NoQuery,
        body: ActivityPatch,
        response: { 200: ActivityOutput },
      },
    },
    async (request, reply) => {
      const activity = await updateActivity({
        ctx: request.ctx,
        input: { id: request.params.id, expectedVersion: expectedVersion(request), patch: request.body },
      });
      setEtag(reply, activity.version);
      return activity;
    },
  );

  app.post(
    '/api/v1/activities/:id/workflow',
    {
      config: { policy: 'activity.read' },
      preValidation: ifMatchFirst(activityVersion),
      schema: {
        tags: ['activities'],
        summary: 'Submit, return, approve, publish or unpublish (If-Match: its ETag)',
        params: IdParams,
        querystring: NoQuery,
        body: WorkflowActionInput,
        response: { 200: ActivityOutput },
      },
    },
    async (request, reply) => {
      const activity = await changeActivityWorkflow({
        ctx: request.ctx,
        input: { id: request.params.id, expectedVersion: expectedVersion(request), body: request.body },
      });
      setEtag(reply, activity.version);
      return activity;
    },
  );

  app.get(
    '/api/v1/activities/:id/history',
    {
      config: { policy: 'activity.read' },
      schema: {
        tags: ['activities'],
        summary: 'Every change of the activity and its money, oldest first, with who made it',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: z.object({ items: z.array(HistoryEntryOutput) }) },
      },
    },
    async (request) => listActivityHistory({ ctx: request.ctx, input: { id: request.params.id } }),
  );
};
