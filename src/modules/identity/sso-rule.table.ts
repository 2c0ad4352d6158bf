import type { Selectable } from 'kysely';

/** Who may enter through single sign-on: people with an e-mail at `email_domain` get this organisation and role. */
export interface SsoRuleTable {
  id: string;
  email_domain: string;
  organisation_id: string;
  role: string;
  country_code: string | null;
  created_at: string;
}

export type SsoRuleRow = Selectable<SsoRuleTable>;
