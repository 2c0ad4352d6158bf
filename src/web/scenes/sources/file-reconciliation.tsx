import { Alert, Anchor, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Reconciliation, SourceFile } from '@/web/api/sources';
import { DetailList } from '@/web/components/detail-list';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { BADGE_COLOURS } from '@/web/scenes/iati/badge-colours';
import { formatBytes } from '@/web/scenes/iati/byte-size';
import { ReconciliationTable } from './reconciliation-table';
import { ReconciliationBadge } from './status-badges';

/** One imported file: where it came from, and its own totals next to what the platform stored. */
export function FileReconciliation({ file }: { readonly file: SourceFile }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormat();
  const orDash = (value: string | null) => value ?? '—';
  return (
    <Paper withBorder p="md" radius="md" data-testid="file-reconciliation" data-file={file.fileName}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4">
            {file.fileName}
          </Title>
          <ReconciliationBadge status={file.reconciliation?.status ?? null} />
        </Group>
        <DetailList
          items={[
            { label: t('sources.fields.publisher'), value: orDash(file.publisher) },
            { label: t('sources.fields.licence'), value: orDash(file.licence) },
            {
              label: t('sources.files.url'),
              value:
                file.sourceUrl === null ? (
                  '—'
                ) : /^https?:\/\//.test(file.sourceUrl) ? (
                  <Anchor
                    href={file.sourceUrl}
                    target="_blank"
                    rel="noreferrer noopener"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {file.sourceUrl}
                  </Anchor>
                ) : (
                  file.sourceUrl
                ),
            },
            {
              label: t('sources.files.generatedAt'),
              value: file.generatedAt === null ? '—' : format.dateTime(file.generatedAt),
            },
            { label: t('sources.files.importedAt'), value: format.dateTime(file.importedAt) },
            {
              label: t('sources.files.size'),
              value: `${formatBytes(file.sizeBytes, language)}${file.iatiVersion === null ? '' : ` · IATI ${file.iatiVersion}`}`,
            },
            { label: 'SHA-256', value: <Code style={{ wordBreak: 'break-all' }}>{file.sha256}</Code> },
          ]}
        />
        {file.reconciliation === null ? (
          <Text size="sm" data-testid="no-reconciliation">
            {t('sources.reconciliation.missing')}
          </Text>
        ) : (
          <>
            <ReconciliationVerdict reconciliation={file.reconciliation} jobId={file.lastJobId} />
            <Counts reconciliation={file.reconciliation} />
            <ReconciliationTable reconciliation={file.reconciliation} fileName={file.fileName} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Activities and transactions published, stored and rejected, and the import's findings by severity. */
function Counts({ reconciliation }: { readonly reconciliation: Reconciliation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = (tally: Reconciliation['activities']) => ({
    published: format.integer(tally.published),
    stored: format.integer(tally.stored),
    rejected: format.integer(tally.rejected),
  });
  return (
    <Stack gap={2} data-testid="reconciliation-counts">
      <Text size="sm">{t('sources.reconciliation.activities', counts(reconciliation.activities))}</Text>
      <Text size="sm">{t('sources.reconciliation.transactions', counts(reconciliation.transactions))}</Text>
      <Text size="sm">
        {t('sources.reconciliation.findings', {
          errors: format.integer(reconciliation.findings.error),
          warnings: format.integer(reconciliation.findings.warning),
          infos: format.integer(reconciliation.findings.info),
        })}
      </Text>
    </Stack>
  );
}

/** The file's verdict in words: all stored; the rest explained by the import's findings; or unexplained, loudly. */
function ReconciliationVerdict({
  reconciliation,
  jobId,
}: {
  readonly reconciliation: Reconciliation;
  readonly jobId: string | null;
}) {
  const { t } = useTranslation();
  // On the filled red alert the link is white, to keep its contrast.
  const findings =
    jobId === null ? null : (
      <Anchor
        component={Link}
        to={`/interoperability/imports/${jobId}`}
        fw={600}
        c={reconciliation.status === 'unexplained' ? 'white' : undefined}
        underline="always"
        data-testid="findings-link"
      >
        {t('sources.reconciliation.seeFindings')}
      </Anchor>
    );
  switch (reconciliation.status) {
    case 'reconciled':
      return (
        <Text size="sm" c={BADGE_COLOURS.green} fw={600} data-testid="reconciliation-verdict">
          {t('sources.reconciliation.reconciledText')}
        </Text>
      );
    case 'explained':
      return (
        <Alert color="orange" variant="light" data-testid="reconciliation-verdict">
          <Text size="sm">{t('sources.reconciliation.explainedText')}</Text> {findings}
        </Alert>
      );
    case 'unexplained':
      return (
        <Alert
          color="red"
          variant="filled"
          role="alert"
          title={t('sources.reconciliation.unexplainedTitle')}
          data-testid="reconciliation-verdict"
        >
          <Text size="sm">{t('sources.reconciliation.unexplainedText')}</Text> {findings}
        </Alert>
      );
  }
}
