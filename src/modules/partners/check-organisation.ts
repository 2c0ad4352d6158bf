import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { ConflictError, ValidationError, type FieldProblem } from '@/platform/errors';
import { isIatiIdentifierTaken, isKnownCode } from './organisation.repository';

/**
 * Checks an organisation's codes against the IATI codelists and its identifier's uniqueness.
 * @throws ValidationError `validation_failed`; ConflictError `conflict` for a duplicate IATI identifier
 */
export async function checkOrganisationFields(
  db: Kysely<Database>,
  fields: { type?: string; countryCode?: string | null; iatiIdentifier?: string | null },
  exceptId?: string,
): Promise<void> {
  const problems: FieldProblem[] = [];
  if (fields.type !== undefined && !(await isKnownCode(db, 'OrganisationType', fields.type))) {
    problems.push({
      path: 'body.type',
      code: 'unknown_code',
      message: {
        es: `"${fields.type}" no es un tipo de organización IATI.`,
        en: `"${fields.type}" is not an IATI organisation type.`,
      },
    });
  }
  if (fields.countryCode && !(await isKnownCode(db, 'Country', fields.countryCode))) {
    problems.push({
      path: 'body.countryCode',
      code: 'unknown_code',
      message: {
        es: `"${fields.countryCode}" no es un país ISO 3166-1.`,
        en: `"${fields.countryCode}" is not an ISO 3166-1 country.`,
      },
    });
  }
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  if (fields.iatiIdentifier && (await isIatiIdentifierTaken(db, fields.iatiIdentifier, exceptId))) {
    throw new ConflictError([
      {
        path: 'body.iatiIdentifier',
        code: 'duplicate',
        message: {
          es: `Otra organización ya tiene el identificador IATI ${fields.iatiIdentifier}.`,
          en: `Another organisation already has the IATI identifier ${fields.iatiIdentifier}.`,
        },
      },
    ]);
  }
}
