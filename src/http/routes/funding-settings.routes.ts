import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountInput,
  AccountOutput,
  AccountPatch,
  createAccount,
  createExchangeRate,
  createFundingEvent,
  ExchangeRateInput,
  ExchangeRateOutput,
  ExchangeRateQuery,
  FundingEventInput,
  FundingEventOutput,
  listAccounts,
  listExchangeRates,
  listFundingEvents,
  listPeriodLocks,
  PeriodLockInput,
  PeriodLockOutput,
  setPeriodLock,
  updateAccount,
} from '@/modules/funding';
import { itemsOf, NoContent, NoQuery } from '@/platform/api-schemas';
import { expectedVersion, setEtag } from '../etag';

/** What the funding figures depend on: exchange rates, appropriation accounts, period locks, funding events. */
export const fundingSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/appropriation-accounts',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: 'Appropriation accounts',
        querystring: NoQuery,
        response: { 200: itemsOf(AccountOutput) },
      },
    },
    async (request) => listAccounts({ ctx: request.ctx }),
  );

  app.post(
    '/api/v1/appropriation-accounts',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags: ['funding'],
        summary: 'Add an appropriation account',
        querystring: NoQuery,
        body: AccountInput,
        response: { 201: AccountOutput },
      },
    },
    async (request, reply) => {
      const account = await createAccount({ ctx: request.ctx, input: request.body });
      setEtag(reply, account.version);
      return reply.code(201).send(account);
    },
  );

  app.patch(
    '/api/v1/appropriation-accounts/:code',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags: ['funding'],
        summary: 'Rename an appropriation account (If-Match: its ETag)',
        params: z.strictObject({ code: z.string().max(20) }),
        querystring: NoQuery,
        body: AccountPatch,
        response: { 200: AccountOutput },
      },
    },
    async (request, reply) => {
      const account = await updateAccount({
        ctx: request.ctx,
        input: { code: request.params.code, expectedVersion: expectedVersion(request), patch: request.body },
      });
      setEtag(reply, account.version);
      return account;
    },
  );

  app.get(
    '/api/v1/exchange-rates',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: 'Exchange rates entered by users',
        querystring: ExchangeRateQuery,
        response: { 200: itemsOf(ExchangeRateOutput) },
      },
    },
    async (request) => listExchangeRates({ ctx: request.ctx, input: request.query }),
  );

  app.post(
    '/api/v1/exchange-rates',
    {
      config: { policy: 'exchange_rate.create' },
      schema: {
        tags: ['funding'],
        summary: 'Enter a rate with its source; money in that currency and period is converted again',
        querystring: NoQuery,
        body: ExchangeRateInput,
        response: { 201: ExchangeRateOutput.extend({ reconverted: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createExchangeRate({ ctx: request.ctx, input: request.body })),
  );

  app.get(
    '/api/v1/period-locks',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: 'Locked fiscal years',
        querystring: NoQuery,
        response: { 200: itemsOf(PeriodLockOutput) },
      },
    },
    async (request) => listPeriodLocks({ ctx: request.ctx }),
  );

  for (const [method, locked] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    app[method](
      '/api/v1/period-locks',
      {
        config: { policy: 'period_lock.manage' },
        schema: {
          tags: ['funding'],
          summary: locked ? "Lock an organisation's fiscal year" : "Reopen an organisation's fiscal year",
          querystring: NoQuery,
          body: PeriodLockInput,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await setPeriodLock({ ctx: request.ctx, input: { ...request.body, locked } });
        return reply.code(204).send(null);
      },
    );
  }

  app.get(
    '/api/v1/funding-events',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: 'Funding events, newest first',
        querystring: NoQuery,
        response: { 200: itemsOf(FundingEventOutput) },
      },
    },
    async (request) => listFundingEvents({ ctx: request.ctx, input: {} }),
  );

  app.post(
    '/api/v1/funding-events',
    {
      config: { policy: 'funding_event.create' },
      schema: {
        tags: ['funding'],
        summary: 'Record a suspension, reprogramming or other funding event and the activities it hits',
        querystring: NoQuery,
        body: FundingEventInput,
        response: { 201: FundingEventOutput },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createFundingEvent({ ctx: request.ctx, input: request.body })),
  );
};
