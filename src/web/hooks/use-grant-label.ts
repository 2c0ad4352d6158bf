import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllOrganisations } from '@/web/api/admin';
import { countryName } from '@/web/utils/country-name';
import { describeGrant, type GrantLike } from '@/web/utils/grant-label';
import { useLanguage } from './use-language';

const ROLE_KEYS = new Set([
  'admin',
  'donor_officer',
  'government_planner',
  'sica_coordinator',
  'implementer',
  'vetting_officer',
  'auditor',
  'viewer',
]);

/** Names of roles, organisations and countries in the UI language, for grants and tables. */
export function useNames() {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const organisations = useAllOrganisations();

  const role = useCallback(
    (key: string) => (ROLE_KEYS.has(key) ? t(`roles.${key}` as 'roles.admin') : key),
    [t],
  );
  const organisation = useCallback(
    (id: string) => {
      const found = organisations.data?.find((item) => item.id === id);
      return found === undefined ? id : pick(found.name);
    },
    [organisations.data, pick],
  );
  const country = useCallback((code: string) => countryName(code, language), [language]);
  const grant = useCallback(
    (item: GrantLike) => describeGrant(item, { role, organisation, country }),
    [role, organisation, country],
  );
  return { role, organisation, country, grant, organisations };
}
