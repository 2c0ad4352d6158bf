import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PeriodLock, usePeriodLocks, useSetPeriodLock } from '@/web/api/funding-settings';
import { ProblemAlert } from '@/web/components/problem-alert';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { useSession } from '@/web/hooks/use-session';
import { DemoBadge } from '@/web/components/demo-badge';
import { fiscalYearSpan } from './fiscal-year-span';
import { ScrollTable } from '@/web/components/scroll-table';
import { ReadOnlyNote, SavedNotice } from './notices';
import { PeriodLockForm } from './period-lock-form';
import { useOrganisationNames } from './use-organisation-names';

/** What a lock does, the form to lock a fiscal year (with the permission) and the locked years. */
export function PeriodLocksTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const locks = usePeriodLocks();
  const organisations = useOrganisationNames();
  const [notice, setNotice] = useState<string | null>(null);
  const manage = can('period_lock.manage');

  return (
    <Stack gap="lg" maw={960}>
      <Text>{t('fundingSettings.locks.intro')}</Text>
      <SavedNotice message={notice} testId="period-lock-saved" />
      {manage ? (
        <Section title={t('fundingSettings.locks.formTitle')} testId="period-lock-section">
          <PeriodLockForm onSaved={setNotice} />
        </Section>
      ) : (
        <ReadOnlyNote />
      )}
      <Section title={t('fundingSettings.locks.title')} testId="period-locks">
        {locks.data === undefined || organisations.query.data === undefined ? (
          <QueryStatus queries={[locks, organisations.query]} />
        ) : locks.data.length === 0 ? (
          <Text>{t('fundingSettings.locks.none')}</Text>
        ) : (
          <LocksTable locks={locks.data} onReopened={manage ? setNotice : undefined} />
        )}
      </Section>
    </Stack>
  );
}

interface LocksTableProps {
  readonly locks: readonly PeriodLock[];
  /** Without it the list is read-only. */
  readonly onReopened: ((message: string) => void) | undefined;
}

function LocksTable({ locks, onReopened }: LocksTableProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const format = useFormat();
  const { user } = useSession();
  const organisations = useOrganisationNames();
  const reopen = useSetPeriodLock();
  const name = (id: string) => {
    const organisation = organisations.find(id);
    return organisation === undefined
      ? t('fundingSettings.locks.unknownOrganisation', { id })
      : pick(organisation.name);
  };
  const isReopening = (lock: PeriodLock) =>
    reopen.isPending &&
    reopen.variables.body.organisationId === lock.organisationId &&
    reopen.variables.body.fiscalYear === lock.fiscalYear;
  const rows = [...locks].sort(
    (a, b) =>
      name(a.organisationId).localeCompare(name(b.organisationId), language) || b.fiscalYear - a.fiscalYear,
  );

  return (
    <Stack gap="sm">
      <ProblemAlert error={reopen.error} />
      <ScrollTable minWidth={760} caption={t('fundingSettings.locks.caption')} testId="period-locks-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fundingSettings.locks.organisation')}</Table.Th>
            <Table.Th scope="col">{t('fundingSettings.locks.fiscalYear')}</Table.Th>
            <Table.Th scope="col">{t('fundingSettings.locks.span')}</Table.Th>
            <Table.Th scope="col">{t('fundingSettings.locks.lockedAt')}</Table.Th>
            <Table.Th scope="col">{t('fundingSettings.locks.lockedBy')}</Table.Th>
            {onReopened === undefined ? null : (
              <Table.Th scope="col">{t('fundingSettings.locks.actions')}</Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((lock) => {
            const organisation = organisations.find(lock.organisationId);
            const labels = { year: lock.fiscalYear, organisation: name(lock.organisationId) };
            return (
              <Table.Tr key={`${lock.organisationId}/${lock.fiscalYear}`}>
                <Table.Th scope="row">
                  <Group gap="xs" wrap="nowrap">
                    <span>{labels.organisation}</span>
                    {organisation?.isDemo === true ? <DemoBadge /> : null}
                  </Group>
                </Table.Th>
                <Table.Td>{format.year(lock.fiscalYear)}</Table.Td>
                <Table.Td>
                  {fiscalYearSpan(lock.fiscalYear, organisation?.fiscalYearStartMonth ?? 1, language)}
                </Table.Td>
                <Table.Td>{format.dateTime(lock.lockedAt)}</Table.Td>
                <Table.Td ff={lock.lockedBy === user?.id ? undefined : 'monospace'}>
                  {lock.lockedBy === user?.id ? t('fundingSettings.locks.you') : lock.lockedBy}
                </Table.Td>
                {onReopened === undefined ? null : (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('fundingSettings.locks.reopenLabel', labels)}
                      loading={isReopening(lock)}
                      onClick={() =>
                        reopen.mutate(
                          {
                            body: { organisationId: lock.organisationId, fiscalYear: lock.fiscalYear },
                            locked: false,
                          },
                          { onSuccess: () => onReopened(t('fundingSettings.locks.reopened', labels)) },
                        )
                      }
                    >
                      {t('fundingSettings.locks.reopen')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}
