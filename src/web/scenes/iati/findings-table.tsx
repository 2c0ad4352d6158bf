import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FindingSeverity, ImportFinding } from '@/web/api/iati';
import { ScrollTable } from '@/web/components/scroll-table';
import { useLanguage } from '@/web/hooks/use-language';
import { BADGE_COLOURS } from './badge-colours';

const SEVERITY_COLOURS: Record<FindingSeverity, string> = {
  error: BADGE_COLOURS.red,
  warning: BADGE_COLOURS.orange,
  info: BADGE_COLOURS.blue,
};

export function SeverityBadge({ severity }: { readonly severity: FindingSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={SEVERITY_COLOURS[severity]}
      tt="none"
      miw="max-content"
      data-testid="finding-severity"
    >
      {t(`iati.findings.severity.${severity}`)}
    </Badge>
  );
}

/** One page of findings in file order; an activity that was stored links to its page. */
export function FindingsTable({ findings }: { readonly findings: readonly ImportFinding[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <ScrollTable minWidth={760} caption={t('iati.findings.caption')} testId="findings-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('iati.findings.columns.severity')}</Table.Th>
          <Table.Th scope="col">{t('iati.findings.columns.code')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('iati.findings.columns.line')}
          </Table.Th>
          <Table.Th scope="col" ta="end">
            {t('iati.findings.columns.column')}
          </Table.Th>
          <Table.Th scope="col">{t('iati.findings.columns.activity')}</Table.Th>
          <Table.Th scope="col">{t('iati.findings.columns.message')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {findings.map((finding) => (
          <Table.Tr key={finding.seq} data-testid="finding">
            <Table.Td>
              <SeverityBadge severity={finding.severity} />
            </Table.Td>
            <Table.Td ff="monospace" fz="sm">
              {finding.code}
            </Table.Td>
            <Table.Td ta="end">{finding.line ?? '—'}</Table.Td>
            <Table.Td ta="end">{finding.column ?? '—'}</Table.Td>
            <Table.Td ff="monospace" fz="sm">
              {finding.activityIdentifier === null ? (
                '—'
              ) : finding.activityId === null ? (
                finding.activityIdentifier
              ) : (
                <Anchor component={Link} to={`/activities/${finding.activityId}`} inherit>
                  {finding.activityIdentifier}
                </Anchor>
              )}
            </Table.Td>
            <Table.Td fz="sm">{pick(finding.message)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
