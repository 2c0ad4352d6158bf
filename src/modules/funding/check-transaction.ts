import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { FieldProblem } from '@/platform/errors';

interface References {
  accountCode: string | null;
  providerOrgId: string | null;
  providerActivityId: string | null;
  receiverOrgId: string | null;
  receiverActivityId: string | null;
}

function notFound(path: string, es: string, en: string): FieldProblem {
  return { path: `body.${path}`, code: 'not_found', message: { es, en } };
}

/** Problems with the account, organisations and activities a transaction points at. */
export async function checkTransactionReferences(
  db: Kysely<Database>,
  activityId: string,
  fields: References,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (fields.accountCode !== null) {
    const account = await db
      .selectFrom('appropriation_account')
      .select('code')
      .where('code', '=', fields.accountCode)
      .executeTakeFirst();
    if (account === undefined) {
      problems.push(
        notFound(
          'accountCode',
          `No hay cuenta de asignación "${fields.accountCode}"; un administrador puede agregarla.`,
          `There is no appropriation account "${fields.accountCode}"; an administrator can add it.`,
        ),
      );
    }
  }
  for (const key of ['providerOrgId', 'receiverOrgId'] as const) {
    const id = fields[key];
    if (
      id !== null &&
      (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) === undefined
    ) {
      problems.push(notFound(key, 'La organización no existe.', 'The organisation does not exist.'));
    }
  }
  for (const key of ['providerActivityId', 'receiverActivityId'] as const) {
    const id = fields[key];
    if (id === null) {
      continue;
    }
    if (id === activityId) {
      problems.push({
        path: `body.${key}`,
        code: 'self_reference',
        message: {
          es: 'Una actividad no puede transferirse fondos a sí misma.',
          en: 'An activity cannot pass money to itself.',
        },
      });
    } else if (
      (await db.selectFrom('activity').select('id').where('id', '=', id).executeTakeFirst()) === undefined
    ) {
      problems.push(notFound(key, 'La actividad no existe.', 'The activity does not exist.'));
    }
  }
  return problems;
}
