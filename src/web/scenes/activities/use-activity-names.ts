import { useCallback } from 'react';
import { useCodelist, useFramework } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';
import { countryName } from '@/web/utils/country-name';

/** Names in the UI language for the codes an activity carries (status, roles, sectors, goals, countries). */
export function useActivityNames() {
  const { language, pick } = useLanguage();
  const statuses = useCodelist('ActivityStatus', 'active', '');
  const roles = useCodelist('OrganisationRole', 'active', '');
  const sectors = useCodelist('Sector', 'all', '');
  const carsi = useFramework('carsi');
  const esca = useFramework('esca');

  const fromList = useCallback(
    (items: readonly { code: string; name: { es: string; en: string } }[] | undefined, code: string) => {
      const found = items?.find((item) => item.code === code);
      return found === undefined ? code : pick(found.name);
    },
    [pick],
  );
  return {
    language,
    pick,
    status: (code: string) => fromList(statuses.data?.items, code),
    role: (code: string) => fromList(roles.data?.items, code),
    sector: (code: string) => fromList(sectors.data?.items, code),
    country: (code: string) => countryName(code, language),
    /** A framework element: `carsi` goals, `esca` components (other frameworks show their codes). */
    element: (framework: string, code: string) =>
      framework === 'carsi'
        ? fromList(carsi.data?.goals, code)
        : framework === 'esca'
          ? fromList(esca.data?.components, code)
          : code,
    statuses: statuses.data?.items ?? [],
    roles: roles.data?.items ?? [],
    sectors: sectors.data?.items ?? [],
    goals: carsi.data?.goals ?? [],
    components: esca.data?.components ?? [],
  };
}
