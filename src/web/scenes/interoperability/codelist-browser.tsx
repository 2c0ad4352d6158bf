import { Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type CodelistStatus, useCodelist, useCodelists } from '@/web/api/queries';
import { QueryStatus } from '@/web/components/query-status';
import { useFormat } from '@/web/hooks/use-format';
import { CodelistTable } from './codelist-table';

const DEFAULT_CODELIST = 'ActivityStatus';
const STATUSES = ['active', 'withdrawn', 'all'] as const satisfies readonly CodelistStatus[];
const STATUS_LABELS = {
  active: 'interoperability.statusActive',
  withdrawn: 'interoperability.statusWithdrawn',
  all: 'interoperability.statusAll',
} as const;

function toStatus(value: string | null): CodelistStatus {
  return STATUSES.find((status) => status === value) ?? 'active';
}

/** Pick a code list and a status and read its codes; the choice lives in the address, so it can be shared. */
export function CodelistBrowser() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const name = params.get('list') ?? DEFAULT_CODELIST;
  const status = toStatus(params.get('status'));
  const [prefix, setPrefix] = useState('');
  const [debouncedPrefix] = useDebouncedValue(prefix.trim(), 300);
  const codelists = useCodelists();
  const codelist = useCodelist(name, status, debouncedPrefix);

  const choose = (next: { list?: string; status?: CodelistStatus }) =>
    setParams({ list: next.list ?? name, status: next.status ?? status }, { replace: true });

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <Select
          label={t('interoperability.codelist')}
          data={(codelists.data ?? []).map((item) => item.name)}
          value={name}
          onChange={(value) => value !== null && choose({ list: value })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.noData')}
          w={320}
        />
        <NativeSelect
          label={t('interoperability.status')}
          value={status}
          onChange={(event) => choose({ status: toStatus(event.currentTarget.value) })}
          data={STATUSES.map((value) => ({ value, label: t(STATUS_LABELS[value]) }))}
          w={180}
        />
        <TextInput
          label={t('interoperability.prefix')}
          description={t('interoperability.prefixHint')}
          value={prefix}
          onChange={(event) => setPrefix(event.currentTarget.value)}
          w={280}
        />
      </Group>
      {codelist.data === undefined ? (
        <QueryStatus queries={[codelist, codelists]} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('interoperability.itemCount', { number: format.integer(codelist.data.items.length) })} ·{' '}
            {codelist.data.source}
          </Text>
          <CodelistTable items={codelist.data.items} />
        </>
      )}
    </Stack>
  );
}
