import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  FundingPipelineOutput,
  FundingPipelineQuery,
  FundingSummaryOutput,
  FundingSummaryQuery,
  getFundingPipeline,
  summarizeFunding,
} from '@/modules/funding';

export const fundingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/funding/summary',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary:
          'Sum funding by dimensions (percentages applied, pass-through counted once; raw=true as reported)',
        querystring: FundingSummaryQuery,
        response: { 200: FundingSummaryOutput },
      },
    },
    async (request) => summarizeFunding({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/api/v1/funding/pipeline',
    {
      config: { policy: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: 'Allocated, obligated, disbursed, expended; unobligated and unliquidated balances (USD)',
        querystring: FundingPipelineQuery,
        response: { 200: FundingPipelineOutput },
      },
    },
    async (request) => getFundingPipeline({ ctx: request.ctx, input: request.query }),
  );
};
