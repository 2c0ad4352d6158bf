import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { makeOrganisation, makeUser } from '../../../test/identity';
import { activityInput } from '../../../test/portfolio';
import { changeActivityWorkflow } from './change-activity-workflow';
import { createActivity } from './create-activity';
import { listActivities } from './list-activities';
import { listActivityHistory } from './list-activity-history';
import { updateActivity } from './update-activity';

describe.each(TEST_DIALECTS)('activities on %s', (dialect) => {
  let db: TestDb;
  let orgId: string;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    orgId = (await makeOrganisation(db, { countryCode: 'US' })).id;
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('keeps the programme → project → activity hierarchy', async () => {
    const ctx = testContext(db);
    const programme = await createActivity({ ctx, input: activityInput(orgId, { level: 'programme' }) });
    const project = await createActivity({
      ctx,
      input: activityInput(orgId, { level: 'project', parentId: programme.id }),
    });
    await expect(
      createActivity({ ctx, input: activityInput(orgId, { level: 'programme', parentId: project.id }) }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'body.parentId', code: 'invalid_parent' }] } });
    const child = await createActivity({ ctx, input: activityInput(orgId, { parentId: project.id }) });
    const children = await listActivities({ ctx, input: { parentId: project.id } });
    expect(children.items.map((item) => item.id)).toEqual([child.id]);
  });

  it('reports every problem at once: codes, locations outside the recipient countries, sums, duplicates', async () => {
    const attempt = createActivity({
      ctx: testContext(db),
      input: activityInput(orgId, {
        sectors: [
          { vocabulary: '1', code: '99999', percentage: 50 },
          { vocabulary: '1', code: '15210', percentage: 40 },
        ],
        recipientCountries: [{ code: 'GT', percentage: 100 }],
        locations: [{ subdivisionCode: 'HN-CR', name: '', latitude: null, longitude: null, percentage: 100 }],
        attributions: [
          { framework: 'carsi', element: '1', percentage: 100 },
          { framework: 'esca', element: 'Z', percentage: 100 },
        ],
        participants: [
          { organisationId: orgId, role: '1' },
          { organisationId: orgId, role: '1' },
        ],
      }),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'validation_failed' });
    const errors: string[] = await attempt.then(
      () => [],
      (error: { details: { errors: { path: string; code: string }[] } }) =>
        error.details.errors.map((problem) => `${problem.path} ${problem.code}`),
    );
    expect(errors.sort()).toEqual([
      'body.attributions.1.element unknown_code',
      'body.locations.0.subdivisionCode country_not_recipient',
      'body.participants.1 duplicate',
      'body.sectors percentages_sum',
      'body.sectors.0.code unknown_code',
    ]);
  });

  it('finds activities by words of either language, without accents', async () => {
    const ctx = testContext(db);
    const created = await createActivity({
      ctx,
      input: activityInput(orgId, {
        title: { es: 'Prevención de la violencia en Choloma', en: 'Violence prevention in Choloma' },
      }),
    });
    for (const q of ['prevencion choloma', 'VIOLENCE prevention', 'Choloma']) {
      const found = await listActivities({ ctx, input: { q } });
      expect(
        found.items.map((item) => item.id),
        q,
      ).toContain(created.id);
    }
    expect((await listActivities({ ctx, input: { q: 'choloma tegucigalpa' } })).total).toBe(0);
  });

  it('moves through draft → submitted → approved → published, recording who and when; no step skipped', async () => {
    const ctx = testContext(db);
    const officer = await makeUser(db, { organisationId: orgId, role: 'donor_officer' });
    const implementer = await makeUser(db, { organisationId: orgId, role: 'implementer' });
    const asUser = (user: typeof officer, role: string) =>
      testContext(db, {
        actor: {
          type: 'user',
          userId: user.id,
          email: user.email,
          organisationId: orgId,
          organisationCountry: 'US',
          grants: [{ role, organisationId: orgId, countryCode: null }],
          via: 'token',
          credentialId: 'test',
          authenticatedAt: new Date().toISOString(),
        },
      });
    const activity = await createActivity({ ctx, input: activityInput(orgId) });
    const step = (
      who: ReturnType<typeof asUser>,
      action: 'submit' | 'approve' | 'publish',
      version: number,
    ) =>
      changeActivityWorkflow({
        ctx: who,
        input: { id: activity.id, expectedVersion: version, body: { action } },
      });
    await expect(step(asUser(officer, 'donor_officer'), 'approve', 1)).rejects.toMatchObject({
      code: 'workflow_transition_not_allowed',
      status: 409,
    });
    const submitted = await step(asUser(implementer, 'implementer'), 'submit', 1);
    await expect(step(asUser(implementer, 'implementer'), 'approve', 2)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await step(asUser(officer, 'donor_officer'), 'approve', 2);
    const published = await step(asUser(officer, 'donor_officer'), 'publish', 3);
    expect(submitted.workflow).toMatchObject({ state: 'submitted', submittedBy: implementer.email });
    expect(published.workflow).toMatchObject({
      state: 'published',
      approvedBy: officer.email,
      publishedBy: officer.email,
    });
    const history = await listActivityHistory({ ctx, input: { id: activity.id } });
    expect(history.items.map((entry) => [entry.action, entry.details.action ?? null])).toEqual([
      ['activity.create', null],
      ['activity.workflow', 'submit'],
      ['activity.workflow', 'approve'],
      ['activity.workflow', 'publish'],
    ]);
    expect(history.items[1]?.actorName).toContain(implementer.email);
  });

  it('records what changed in the history, and keeps fields that were not sent', async () => {
    const ctx = testContext(db);
    const activity = await createActivity({ ctx, input: activityInput(orgId) });
    const updated = await updateActivity({
      ctx,
      input: {
        id: activity.id,
        expectedVersion: 1,
        patch: { title: { es: 'Nuevo título', en: 'New title' } },
      },
    });
    expect(updated.attributions).toEqual(activity.attributions);
    const history = await listActivityHistory({ ctx, input: { id: activity.id } });
    expect(history.items.at(-1)).toMatchObject({ action: 'activity.update', changedFields: ['title'] });
  });
});
