import type { Transaction } from 'kysely';
import { can } from '@/modules/access';
import { findOrganisation } from '@/modules/partners';
import type { Actor } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import { ForbiddenError, ValidationError, type FieldProblem } from '@/platform/errors';

/**
 * Checks that each grant names an existing organisation and partner country, and that the actor may hand
 * out a grant of that scope (an organisation's administrator cannot make someone a global administrator).
 * @throws ValidationError `validation_failed`; ForbiddenError `forbidden`
 */
export async function checkGrants(
  trx: Transaction<Database>,
  actor: Actor,
  grants: readonly { role: string; organisationId: string | null; countryCode: string | null }[],
): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const [index, grant] of grants.entries()) {
    if (grant.organisationId !== null && (await findOrganisation(trx, grant.organisationId)) === undefined) {
      problems.push({
        path: `body.grants.${index}.organisationId`,
        code: 'unknown_organisation',
        message: { es: 'La organización no existe.', en: 'The organisation does not exist.' },
      });
    }
    if (grant.countryCode !== null) {
      const country = await trx
        .selectFrom('country')
        .select('code')
        .where('code', '=', grant.countryCode)
        .executeTakeFirst();
      if (country === undefined) {
        problems.push({
          path: `body.grants.${index}.countryCode`,
          code: 'unknown_country',
          message: {
            es: 'No es uno de los siete países de CARSI.',
            en: 'Not one of the seven CARSI countries.',
          },
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  if (
    !grants.every((grant) =>
      can(actor, 'user.grant', { organisationId: grant.organisationId, countryCode: grant.countryCode }),
    )
  ) {
    throw new ForbiddenError();
  }
}
