import { createOrganisation } from './create-organisation';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';

/** The organisation of operators created from the command line without one. */
const OPERATOR_ORGANISATION = {
  name: { es: 'Operación de la plataforma', en: 'Platform operations' },
  type: '90',
} as const;

/**
 * Finds an organisation by id or IATI identifier; without a reference, the platform-operations
 * organisation (created the first time it is needed).
 * @throws NotFoundError `not_found`
 */
export async function resolveOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reference?: string };
}): Promise<string> {
  if (input.reference === undefined) {
    const operators = await ctx.db
      .selectFrom('organisation')
      .select('id')
      .where('name_en', '=', OPERATOR_ORGANISATION.name.en)
      .where('type', '=', OPERATOR_ORGANISATION.type)
      .executeTakeFirst();
    return operators?.id ?? (await createOrganisation({ ctx, input: OPERATOR_ORGANISATION })).id;
  }
  const found = await ctx.db
    .selectFrom('organisation')
    .select('id')
    .where((eb) =>
      eb.or([eb('id', '=', input.reference ?? ''), eb('iati_identifier', '=', input.reference ?? '')]),
    )
    .executeTakeFirst();
  if (found === undefined) {
    throw new NotFoundError('not_found', input.reference);
  }
  return found.id;
}
