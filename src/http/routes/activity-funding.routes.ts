import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BudgetInput,
  BudgetOutput,
  BudgetPatch,
  createBudget,
  createTransaction,
  deleteBudget,
  deleteTransaction,
  getMoneyVersion,
  listActivityFunding,
  listFundingEvents,
  FundingEventOutput,
  TransactionInput,
  TransactionOutput,
  TransactionPatch,
  updateBudget,
  updateTransaction,
} from '@/modules/funding';
import { NoContent, NoQuery } from '@/platform/api-schemas';
import { expectedVersion, ifMatchFirst, setEtag } from '../etag';

const ActivityParams = z.strictObject({ id: z.string().max(40) });
const RecordParams = z.strictObject({ id: z.string().max(40), recordId: z.string().max(40) });

const versionOf = (kind: 'transaction' | 'budget') => (request: FastifyRequest) => {
  const params = request.params as { id: string; recordId: string };
  return getMoneyVersion({ ctx: request.ctx, input: { kind, activityId: params.id, id: params.recordId } });
};

export const activityFundingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/activities/:id/funding',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: "An activity's transactions, budgets and the funding events that hit it",
        params: ActivityParams,
        querystring: NoQuery,
        response: {
          200: z.object({
            transactions: z.array(TransactionOutput),
            budgets: z.array(BudgetOutput),
            events: z.array(FundingEventOutput),
          }),
        },
      },
    },
    async (request) => {
      const funding = await listActivityFunding({
        ctx: request.ctx,
        input: { activityId: request.params.id },
      });
      const events = await listFundingEvents({ ctx: request.ctx, input: { activityId: request.params.id } });
      return { ...funding, events: events.items };
    },
  );

  for (const kind of ['transaction', 'budget'] as const) {
    const path = kind === 'transaction' ? 'transactions' : 'budgets';
    const Output = kind === 'transaction' ? TransactionOutput : BudgetOutput;
    app.post(
      `/api/v1/activities/:id/${path}`,
      {
        config: { policy: 'funding.write' },
        schema: {
          tags: ['funding'],
          summary: kind === 'transaction' ? 'Record a transaction' : 'Record a budget',
          params: ActivityParams,
          querystring: NoQuery,
          body: kind === 'transaction' ? TransactionInput : BudgetInput,
          response: { 201: Output },
        },
      },
      async (request, reply) => {
        const input = { activityId: request.params.id, body: request.body as never };
        const created =
          kind === 'transaction'
            ? await createTransaction({ ctx: request.ctx, input })
            : await createBudget({ ctx: request.ctx, input });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.patch(
      `/api/v1/activities/:id/${path}/:recordId`,
      {
        config: { policy: 'funding.write' },
        preValidation: ifMatchFirst(versionOf(kind)),
        schema: {
          tags: ['funding'],
          summary: `Change a ${kind} (If-Match: its ETag)`,
          params: RecordParams,
          querystring: NoQuery,
          body: kind === 'transaction' ? TransactionPatch : BudgetPatch,
          response: { 200: Output },
        },
      },
      async (request, reply) => {
        const input = {
          activityId: request.params.id,
          id: request.params.recordId,
          expectedVersion: expectedVersion(request),
          patch: request.body as never,
        };
        const updated =
          kind === 'transaction'
            ? await updateTransaction({ ctx: request.ctx, input })
            : await updateBudget({ ctx: request.ctx, input });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.delete(
      `/api/v1/activities/:id/${path}/:recordId`,
      {
        config: { policy: 'funding.write' },
        preValidation: ifMatchFirst(versionOf(kind)),
        schema: {
          tags: ['funding'],
          summary: `Delete a ${kind} (If-Match: its ETag)`,
          params: RecordParams,
          querystring: NoQuery,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        const input = {
          activityId: request.params.id,
          id: request.params.recordId,
          expectedVersion: expectedVersion(request),
        };
        if (kind === 'transaction') {
          await deleteTransaction({ ctx: request.ctx, input });
        } else {
          await deleteBudget({ ctx: request.ctx, input });
        }
        return reply.code(204).send(null);
      },
    );
  }
};
