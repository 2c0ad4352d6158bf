import { recordAudit } from '@/modules/audit';
import { authorize, requireRecentAuthentication } from '@/modules/access';
import { findOrganisation } from '@/modules/partners';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { ConflictError, ValidationError, type FieldProblem } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { findSsoRuleByDomain } from './sso-rule.repository';
import { toSsoRuleOutput } from './sso-rule.mapper';
import { CreateSsoRuleInput, type SsoRuleOutput } from './sso-rule.schemas';
import type { SsoRuleTable } from './sso-rule.table';

/**
 * Adds a single sign-on rule: people whose verified e-mail is at `emailDomain` and who have no account yet
 * get one on their first SSO sign-in, in the organisation, with the role (limited to that organisation and,
 * if given, the country). Handing out a role to a whole domain is a grant, so it needs a recent sign-in.
 * @throws ForbiddenError; AppError `reauth_required`; ValidationError (unknown organisation or country);
 *   ConflictError `conflict` (a rule for the domain exists)
 */
export async function createSsoRule({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateSsoRuleInput;
}): Promise<SsoRuleOutput> {
  authorize(ctx.actor, 'sso.manage');
  requireRecentAuthentication(ctx.actor, ctx.now());
  const fields = parseInput(CreateSsoRuleInput, input, 'body');
  return withTransaction(ctx, async (trx) => {
    const problems: FieldProblem[] = [];
    if ((await findOrganisation(trx, fields.organisationId)) === undefined) {
      problems.push({
        path: 'body.organisationId',
        code: 'unknown_organisation',
        message: { es: 'La organización no existe.', en: 'The organisation does not exist.' },
      });
    }
    if (
      fields.countryCode !== null &&
      (await trx
        .selectFrom('country')
        .select('code')
        .where('code', '=', fields.countryCode)
        .executeTakeFirst()) === undefined
    ) {
      problems.push({
        path: 'body.countryCode',
        code: 'unknown_country',
        message: {
          es: 'No es uno de los siete países de CARSI.',
          en: 'Not one of the seven CARSI countries.',
        },
      });
    }
    if (problems.length > 0) {
      throw new ValidationError(problems);
    }
    if ((await findSsoRuleByDomain(trx, fields.emailDomain)) !== undefined) {
      throw new ConflictError([
        {
          path: 'body.emailDomain',
          code: 'duplicate',
          message: {
            es: 'Ya existe una regla para ese dominio.',
            en: 'A rule for that domain already exists.',
          },
        },
      ]);
    }
    const now = ctx.now();
    const row: SsoRuleTable = {
      id: uuidv7(now),
      email_domain: fields.emailDomain,
      organisation_id: fields.organisationId,
      role: fields.role,
      country_code: fields.countryCode,
      created_at: now.toISOString(),
    };
    await trx.insertInto('sso_rule').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'sso_rule.create',
      entity: 'sso_rule',
      entityId: row.id,
      details: { after: row },
    });
    return toSsoRuleOutput(row);
  });
}
