import { useCallback, useMemo } from 'react';
import { type Organisation, useAllOrganisations } from '@/web/api/admin';
import { useLanguage } from '@/web/hooks/use-language';

/** Every organisation sorted by its name in the UI language, and a look-up by id. */
export function useOrganisationNames() {
  const { language, pick } = useLanguage();
  const query = useAllOrganisations();
  const sorted = useMemo(
    () => [...(query.data ?? [])].sort((a, b) => pick(a.name).localeCompare(pick(b.name), language)),
    [query.data, pick, language],
  );
  const byId = useMemo(() => new Map(sorted.map((item) => [item.id, item])), [sorted]);
  const find = useCallback((id: string): Organisation | undefined => byId.get(id), [byId]);
  return { query, sorted, find };
}
