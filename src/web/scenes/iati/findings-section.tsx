import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type FindingSeverity, type ImportJob, isJobRunning, useImportFindings } from '@/web/api/iati';
import { QueryStatus } from '@/web/components/query-status';
import { useFormat } from '@/web/hooks/use-format';
import { FindingsTable } from './findings-table';

const PAGE_SIZE = 100;
const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly FindingSeverity[];

function toSeverity(value: string | null): FindingSeverity | undefined {
  return SEVERITIES.find((severity) => severity === value);
}

/**
 * An import's findings, filtered by severity and a hundred to a page; the filter and the page live in the
 * address, so a reader can share exactly what they see.
 */
export function FindingsSection({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelId = useId();
  const [params, setParams] = useSearchParams();
  const severity = toSeverity(params.get('severity'));
  const offset = Math.max(0, Math.floor(Number(params.get('offset') ?? 0)) || 0);
  const running = isJobRunning(job);
  const findings = useImportFindings(job.id, { severity, limit: PAGE_SIZE, offset }, !running);

  const choose = (next: { severity?: FindingSeverity; offset: number }) => {
    const query: Record<string, string> = {};
    if (next.severity !== undefined) {
      query.severity = next.severity;
    }
    if (next.offset > 0) {
      query.offset = String(next.offset);
    }
    setParams(query, { replace: true });
  };

  if (running) {
    return <Text>{t('iati.findings.waiting')}</Text>;
  }
  const page = findings.data;
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text id={labelId} size="sm" fw={600}>
          {t('iati.findings.filter')}
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          data-testid="severity-filter"
          value={severity ?? 'all'}
          onChange={(value) => choose({ severity: toSeverity(value), offset: 0 })}
          data={[
            { value: 'all', label: t('iati.findings.all') },
            ...SEVERITIES.map((value) => ({ value, label: t(`iati.findings.severity.${value}`) })),
          ]}
        />
      </Group>
      {page === undefined ? (
        <QueryStatus queries={[findings]} />
      ) : page.total === 0 ? (
        <Text data-testid="no-findings">{t('iati.findings.none')}</Text>
      ) : (
        <>
          <FindingsTable findings={page.items} />
          <Group gap="md" justify="space-between" component="nav" aria-label={t('iati.findings.pager')}>
            <Text size="sm" aria-live="polite" data-testid="findings-range">
              {t('iati.findings.range', {
                from: format.integer(offset + 1),
                to: format.integer(offset + page.items.length),
                total: format.integer(page.total),
              })}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                size="xs"
                disabled={offset === 0 || findings.isFetching}
                onClick={() => choose({ severity, offset: Math.max(0, offset - PAGE_SIZE) })}
              >
                {t('iati.findings.previous')}
              </Button>
              <Button
                variant="default"
                size="xs"
                disabled={offset + PAGE_SIZE >= page.total || findings.isFetching}
                onClick={() => choose({ severity, offset: offset + PAGE_SIZE })}
              >
                {t('iati.findings.next')}
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
