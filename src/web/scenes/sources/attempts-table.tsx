import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncAttempt } from '@/web/api/sources';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { formatBytes } from '@/web/scenes/iati/byte-size';
import { OutcomeBadge } from './status-badges';

/** The latest fetch attempts, newest first: the run over the whole source, then each URL it fetched. */
export function AttemptsTable({ attempts }: { readonly attempts: readonly SyncAttempt[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={880} caption={t('sources.attempts.caption')} testId="attempts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('sources.attempts.startedAt')}</Table.Th>
          <Table.Th scope="col">{t('sources.attempts.what')}</Table.Th>
          <Table.Th scope="col">{t('sources.attempts.outcome')}</Table.Th>
          <Table.Th scope="col">{t('sources.attempts.http')}</Table.Th>
          <Table.Th scope="col">{t('sources.attempts.requests')}</Table.Th>
          <Table.Th scope="col">{t('sources.attempts.error')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attempts.map((attempt) => (
          <AttemptRow key={attempt.id} attempt={attempt} />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function AttemptRow({ attempt }: { readonly attempt: SyncAttempt }) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const format = useFormat();
  return (
    <Table.Tr data-testid="attempt-row" data-outcome={attempt.outcome}>
      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
        {format.dateTime(attempt.startedAt)}
        <Text size="xs">{t(`sources.attempts.triggers.${attempt.trigger}`)}</Text>
      </Table.Th>
      <Table.Td style={{ wordBreak: 'break-all' }} maw={260}>
        {attempt.url ?? (
          <Text span fw={600} size="sm">
            {t('sources.attempts.wholeSource')}
          </Text>
        )}
        {attempt.bytes === null ? null : <Text size="xs">{formatBytes(attempt.bytes, language)}</Text>}
      </Table.Td>
      <Table.Td>
        <OutcomeBadge outcome={attempt.outcome} />
        {attempt.jobId === null ? null : (
          <Text size="xs">
            <Anchor component={Link} to={`/interoperability/imports/${attempt.jobId}`}>
              {t('sources.attempts.job')}
            </Anchor>
          </Text>
        )}
      </Table.Td>
      <Table.Td>{attempt.httpStatus ?? '—'}</Table.Td>
      <Table.Td>{format.integer(attempt.attempts)}</Table.Td>
      <Table.Td maw={320}>
        {attempt.error === null ? (
          '—'
        ) : (
          <Text size="sm" c="red.9" data-testid="attempt-error">
            {pick(attempt.error)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
