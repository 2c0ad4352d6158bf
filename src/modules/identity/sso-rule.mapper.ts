import type { Role } from '@/modules/access';
import type { SsoRuleOutput } from './sso-rule.schemas';
import type { SsoRuleRow } from './sso-rule.table';

/** Row → API shape. */
export function toSsoRuleOutput(row: SsoRuleRow): SsoRuleOutput {
  return {
    id: row.id,
    emailDomain: row.email_domain,
    organisationId: row.organisation_id,
    role: row.role as Role,
    countryCode: row.country_code,
    createdAt: row.created_at,
  };
}
