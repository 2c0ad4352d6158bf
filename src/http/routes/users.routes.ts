import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUser,
  CreateUserInput,
  getUser,
  listUsers,
  ListUsersQuery,
  SetGrantsInput,
  setUserGrants,
  updateUser,
  UpdateUserInput,
  UserOutput,
} from '@/modules/identity';
import { NoQuery } from '@/platform/api-schemas';
import { pageOf } from '@/platform/pagination';
import { expectedVersion, setEtag } from '../etag';

const IdParams = z.strictObject({ id: z.string().max(40) });

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/users',
    {
      config: { policy: 'user.read' },
      schema: {
        tags: ['identity'],
        summary: 'List the users you may see',
        querystring: ListUsersQuery,
        response: { 200: pageOf(UserOutput) },
      },
    },
    async (request) => listUsers({ ctx: request.ctx, input: request.query }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { policy: 'user.create' },
      schema: {
        tags: ['identity'],
        summary: 'Create a user',
        querystring: NoQuery,
        body: CreateUserInput,
        response: { 201: UserOutput },
      },
    },
    async (request, reply) => {
      const user = await createUser({ ctx: request.ctx, input: request.body });
      setEtag(reply, user.version);
      return reply.code(201).send(user);
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { policy: 'user.read' },
      schema: {
        tags: ['identity'],
        summary: 'One user',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: UserOutput },
      },
    },
    async (request, reply) => {
      const user = await getUser({ ctx: request.ctx, input: { id: request.params.id } });
      setEtag(reply, user.version);
      return user;
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { policy: 'user.update' },
      schema: {
        tags: ['identity'],
        summary: 'Rename, disable or re-enable a user (If-Match: its ETag)',
        params: IdParams,
        querystring: NoQuery,
        body: UpdateUserInput,
        response: { 200: UserOutput },
      },
    },
    async (request, reply) => {
      const user = await updateUser({
        ctx: request.ctx,
        input: { id: request.params.id, expectedVersion: expectedVersion(request), patch: request.body },
      });
      setEtag(reply, user.version);
      return user;
    },
  );

  app.put(
    '/api/v1/users/:id/grants',
    {
      config: { policy: 'user.grant' },
      schema: {
        tags: ['identity'],
        summary: "Replace a user's roles and scopes (If-Match: the user's ETag)",
        params: IdParams,
        querystring: NoQuery,
        body: SetGrantsInput,
        response: { 200: UserOutput },
      },
    },
    async (request, reply) => {
      const user = await setUserGrants({
        ctx: request.ctx,
        input: { id: request.params.id, expectedVersion: expectedVersion(request), body: request.body },
      });
      setEtag(reply, user.version);
      return user;
    },
  );
};
