import crypto from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from '@/platform/context';
import { createTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { signAnchor } from './audit-anchor';
import { anchorAuditHead } from './anchor-audit-head';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';

async function appendEntries(db: TestDb, count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await withTransaction(testContext(db), (trx) =>
      recordAudit(trx, testContext(db), {
        action: 'reference_data.load',
        entity: 'reference_dataset',
        entityId: `dataset-${i}`,
        details: { rows: i, note: `entry ${i}` },
      }),
    );
  }
}

/** What an attacker with direct database access does first. */
async function dropAuditTriggers(db: TestDb): Promise<void> {
  const names =
    db.dialect === 'postgres'
      ? ['audit_event_no_change', 'audit_event_no_truncate']
      : ['audit_event_no_update', 'audit_event_no_delete'];
  for (const name of names) {
    await sql
      .raw(db.dialect === 'postgres' ? `DROP TRIGGER ${name} ON audit_event` : `DROP TRIGGER ${name}`)
      .execute(db.kysely);
  }
}

const verify = (db: TestDb, input: Parameters<typeof verifyAuditChain>[0]['input'] = {}) =>
  verifyAuditChain({ ctx: testContext(db), input });

describe.each(TEST_DIALECTS)('audit trail on %s', (dialect) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });

  it('L4: the database refuses UPDATE and DELETE of audit entries', async () => {
    db = await createTestDb(dialect);
    await appendEntries(db, 2);
    await expect(
      db.kysely.updateTable('audit_event').set({ action: 'x' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.kysely.deleteFrom('audit_event').where('seq', '=', 2).execute()).rejects.toThrow(
      /append-only/,
    );
    expect(await verify(db)).toMatchObject({ ok: true, entries: 2 });
  });

  it('writes the entry in the change’s transaction: a failed audit write rolls the change back', async () => {
    db = await createTestDb(dialect);
    const ctx = testContext(db);
    await expect(
      withTransaction(ctx, async (trx) => {
        await trx
          .insertInto('reference_dataset')
          .values({ id: 'probe', file: 'x', sha256: 'x', row_count: 1, loaded_at: 'now' })
          .execute();
        await recordAudit(trx, ctx, {
          action: 'reference_data.load',
          entity: 'reference_dataset',
          entityId: 'probe',
          details: { rows: Number.NaN },
        });
      }),
    ).rejects.toThrow(/not representable/);
    expect(await db.kysely.selectFrom('reference_dataset').selectAll().execute()).toEqual([]);
    expect(await db.kysely.selectFrom('audit_event').selectAll().execute()).toEqual([]);
  });

  it('chains entries by hash, records the actor and request, and never stores secrets', async () => {
    db = await createTestDb(dialect);
    const ctx = testContext(db, { actor: { type: 'cli', command: 'seed' }, requestId: 'req-1' });
    await withTransaction(ctx, (trx) =>
      recordAudit(trx, ctx, {
        action: 'reference_data.load',
        entity: 'reference_dataset',
        entityId: 'countries',
        details: { rows: 105, password: 'hunter2', nested: { apiKey: 'k-123' } },
      }),
    );
    const [entry] = await db.kysely.selectFrom('audit_event').selectAll().execute();
    expect(entry).toMatchObject({
      seq: 1,
      actor_type: 'cli',
      actor_id: 'cli:seed',
      request_id: 'req-1',
      prev_hash: '0'.repeat(64),
    });
    expect(entry?.details).not.toMatch(/hunter2|k-123/);
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({ rows: 105, password: '[redacted]' });
  });

  it('L4: detects a modified, deleted or inserted entry even after the triggers are dropped', async () => {
    db = await createTestDb(dialect);
    await appendEntries(db, 5);
    await dropAuditTriggers(db);
    await db.kysely
      .updateTable('audit_event')
      .set({ details: '{"rows":999}' })
      .where('seq', '=', 3)
      .execute();
    expect(await verify(db)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'its content does not match its hash',
    });
  });

  it('L4: detects truncation only against a signed anchor, and rejects a forged anchor', async () => {
    db = await createTestDb(dialect);
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await appendEntries(db, 4);
    const anchor = await anchorAuditHead({ ctx: testContext(db), input: { privateKey } });
    expect(anchor.seq).toBe(4);
    expect(await verify(db, { anchor, publicKeyPem })).toMatchObject({ ok: true, entries: 4 });

    await dropAuditTriggers(db);
    await db.kysely.deleteFrom('audit_event').where('seq', '>=', 3).execute();
    expect(await verify(db)).toMatchObject({ ok: true, entries: 2 });
    expect(await verify(db, { anchor, publicKeyPem })).toMatchObject({ ok: false, firstBrokenSeq: 3 });

    const otherKey = crypto.generateKeyPairSync('ed25519').privateKey;
    const forged = signAnchor({ seq: 2, hash: 'f'.repeat(64) }, otherKey, new Date());
    expect(await verify(db, { anchor: forged, publicKeyPem })).toMatchObject({
      ok: false,
      reason: 'the anchor signature is not valid',
    });
  });
});

describe('audit chain property (SQLite)', () => {
  type Tamper = 'modify' | 'delete' | 'swap' | 'insert' | 'truncate';

  it('L4: any modification, deletion, swap or insertion is detected; truncation is detected with the anchor', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom<Tamper>('modify', 'delete', 'swap', 'insert', 'truncate'),
        fc.nat(),
        async (count, tamper, pick) => {
          const db = await createTestDb('sqlite');
          try {
            const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
            await appendEntries(db, count);
            const anchor = await anchorAuditHead({ ctx: testContext(db), input: { privateKey } });
            await dropAuditTriggers(db);
            const seq = 1 + (pick % (count - 1));
            const rows = await db.kysely.selectFrom('audit_event').selectAll().orderBy('seq').execute();
            const victim = rows[seq - 1]!;
            switch (tamper) {
              case 'modify':
                await db.kysely
                  .updateTable('audit_event')
                  .set({ actor_id: 'someone-else' })
                  .where('seq', '=', seq)
                  .execute();
                break;
              case 'delete':
                await db.kysely.deleteFrom('audit_event').where('seq', '=', seq).execute();
                break;
              case 'swap': {
                const next = rows[seq]!;
                await db.kysely
                  .updateTable('audit_event')
                  .set({ details: next.details, entity_id: next.entity_id })
                  .where('seq', '=', seq)
                  .execute();
                await db.kysely
                  .updateTable('audit_event')
                  .set({ details: victim.details, entity_id: victim.entity_id })
                  .where('seq', '=', seq + 1)
                  .execute();
                break;
              }
              case 'insert':
                await db.kysely.deleteFrom('audit_event').where('seq', '>=', seq).execute();
                await db.kysely
                  .insertInto('audit_event')
                  .values({ ...victim, id: `${victim.id}-forged`, entity_id: 'forged' })
                  .execute();
                for (const row of rows.slice(seq - 1)) {
                  await db.kysely
                    .insertInto('audit_event')
                    .values({ ...row, seq: row.seq + 1 })
                    .execute();
                }
                break;
              case 'truncate':
                await db.kysely.deleteFrom('audit_event').where('seq', '>', seq).execute();
                break;
            }
            const withoutAnchor = await verifyAuditChain({ ctx: testContext(db), input: {} });
            const withAnchor = await verifyAuditChain({
              ctx: testContext(db),
              input: { anchor, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
            });
            expect(withAnchor.ok).toBe(false);
            expect(withoutAnchor.ok).toBe(tamper === 'truncate');
          } finally {
            await db.destroy();
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
