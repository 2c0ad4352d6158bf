import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { ConflictError, ValidationError } from '@/platform/errors';
import type { ActivityFields } from './activity.schemas';
import { problem } from './activity-problems';
import { checkCodes } from './check-activity-codes';
import { checkReferences } from './check-activity-references';
import { checkShape } from './check-activity-shape';

/**
 * Checks an activity's fields against the codelists, the records they point at and the percentage rules.
 * @throws ValidationError `validation_failed` listing every problem; ConflictError for a duplicate identifier
 */
export async function checkActivityFields(
  db: Kysely<Database>,
  fields: ActivityFields,
  selfId?: string,
): Promise<void> {
  const problems = [
    ...checkShape(fields),
    ...(await checkCodes(db, fields)),
    ...(await checkReferences(db, fields, selfId)),
  ];
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  if (fields.iatiIdentifier !== null) {
    let query = db
      .selectFrom('activity')
      .select('id')
      .where('reporting_org_id', '=', fields.reportingOrgId)
      .where('iati_identifier', '=', fields.iatiIdentifier);
    if (selfId !== undefined) {
      query = query.where('id', '!=', selfId);
    }
    if ((await query.executeTakeFirst()) !== undefined) {
      throw new ConflictError([
        problem(
          'iatiIdentifier',
          'duplicate',
          `La organización ya tiene una actividad con el identificador ${fields.iatiIdentifier}.`,
          `The organisation already has an activity with the identifier ${fields.iatiIdentifier}.`,
        ),
      ]);
    }
  }
}
