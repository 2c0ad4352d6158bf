import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  OrganisationInput,
  OrganisationOutput,
  OrganisationPatch,
  updateOrganisation,
} from '@/modules/partners';
import { NoQuery } from '@/platform/api-schemas';
import { PageQuery, pageOf } from '@/platform/pagination';
import { expectedVersion, setEtag } from '../etag';

const IdParams = z.strictObject({ id: z.string().max(40) });

export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organisations',
    {
      config: { policy: 'organisation.read' },
      schema: {
        tags: ['partners'],
        summary: 'List organisations',
        querystring: PageQuery,
        response: { 200: pageOf(OrganisationOutput) },
      },
    },
    async (request) => listOrganisations({ ctx: request.ctx, input: request.query }),
  );

  app.post(
    '/api/v1/organisations',
    {
      config: { policy: 'organisation.create' },
      schema: {
        tags: ['partners'],
        summary: 'Register an organisation',
        querystring: NoQuery,
        body: OrganisationInput,
        response: { 201: OrganisationOutput },
      },
    },
    async (request, reply) => {
      const organisation = await createOrganisation({ ctx: request.ctx, input: request.body });
      setEtag(reply, organisation.version);
      return reply.code(201).send(organisation);
    },
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'organisation.read' },
      schema: {
        tags: ['partners'],
        summary: 'One organisation',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: OrganisationOutput },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation({ ctx: request.ctx, input: { id: request.params.id } });
      setEtag(reply, organisation.version);
      return organisation;
    },
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'organisation.update' },
      schema: {
        tags: ['partners'],
        summary: 'Change an organisation (If-Match: its ETag)',
        params: IdParams,
        querystring: NoQuery,
        body: OrganisationPatch,
        response: { 200: OrganisationOutput },
      },
    },
    async (request, reply) => {
      const organisation = await updateOrganisation({
        ctx: request.ctx,
        input: { id: request.params.id, expectedVersion: expectedVersion(request), patch: request.body },
      });
      setEtag(reply, organisation.version);
      return organisation;
    },
  );
};
