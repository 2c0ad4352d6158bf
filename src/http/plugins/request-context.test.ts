import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { connect } from '@/platform/db/connect';
import { TEST_SECURITY } from '../../../test/db';
import { registerRequestContext } from './request-context';

describe('route policies', () => {
  it('refuses to start when an API route declares no policy (deny by default)', async () => {
    const db = connect({ dialect: 'sqlite', file: ':memory:' });
    const app = Fastify();
    registerRequestContext(app, db, () => new Date(), TEST_SECURITY);
    expect(() => app.get('/api/v1/secret', async () => 'leak')).toThrow(
      'Route GET /api/v1/secret declares no policy',
    );
    await app.close();
    await db.close();
  });
});
