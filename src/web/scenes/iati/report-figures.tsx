import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@/web/api/iati';
import { useFormat } from '@/web/hooks/use-format';

interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** Rejections and errors are shown in red when there are any. */
  readonly alarming?: boolean;
}

interface FigureGroup {
  readonly key: string;
  readonly title: string;
  readonly note: string | null;
  readonly figures: readonly Figure[];
}

/** The counts of an import: activities, transactions, budgets, new organisations and findings by severity. */
export function ReportFigures({ report }: { readonly report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const inFile = (number: number) => t('iati.report.inFile', { number: format.integer(number) });
  const { activities, transactions, budgets, findings } = report;
  const totalFindings = findings.error + findings.warning + findings.info;
  const groups: FigureGroup[] = [
    {
      key: 'activities',
      title: t('iati.report.figures.activities.title'),
      note: inFile(activities.inFile),
      figures: [
        { key: 'created', label: t('iati.report.figures.activities.created'), value: activities.created },
        { key: 'updated', label: t('iati.report.figures.activities.updated'), value: activities.updated },
        {
          key: 'unchanged',
          label: t('iati.report.figures.activities.unchanged'),
          value: activities.unchanged,
        },
        {
          key: 'rejected',
          label: t('iati.report.figures.activities.rejected'),
          value: activities.rejected,
          alarming: true,
        },
      ],
    },
    {
      key: 'transactions',
      title: t('iati.report.figures.transactions.title'),
      note: inFile(transactions.inFile),
      figures: [
        { key: 'stored', label: t('iati.report.figures.transactions.stored'), value: transactions.stored },
        {
          key: 'rejected',
          label: t('iati.report.figures.transactions.rejected'),
          value: transactions.rejected,
          alarming: true,
        },
      ],
    },
    {
      key: 'budgets',
      title: t('iati.report.figures.budgets.title'),
      note: inFile(budgets.inFile),
      figures: [
        { key: 'stored', label: t('iati.report.figures.budgets.stored'), value: budgets.stored },
        {
          key: 'rejected',
          label: t('iati.report.figures.budgets.rejected'),
          value: budgets.rejected,
          alarming: true,
        },
      ],
    },
    {
      key: 'organisations',
      title: t('iati.report.figures.organisations.title'),
      note: t('iati.report.figures.organisations.hint'),
      figures: [
        {
          key: 'created',
          label: t('iati.report.figures.organisations.created'),
          value: report.organisationsCreated,
        },
      ],
    },
    {
      key: 'findings',
      title: t('iati.report.figures.findings.title'),
      note:
        findings.listed < totalFindings
          ? t('iati.report.listed', { number: format.integer(findings.listed) })
          : null,
      figures: [
        {
          key: 'error',
          label: t('iati.report.figures.findings.error'),
          value: findings.error,
          alarming: true,
        },
        { key: 'warning', label: t('iati.report.figures.findings.warning'), value: findings.warning },
        { key: 'info', label: t('iati.report.figures.findings.info'), value: findings.info },
      ],
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" data-testid="report-figures">
      {groups.map((group) => (
        <Paper key={group.key} withBorder p="sm" radius="md" data-testid={`figures-${group.key}`}>
          <Stack gap={6}>
            <Title order={3} size="h5">
              {group.title}
            </Title>
            <dl className="plain-list">
              {group.figures.map((figure) => (
                <Group
                  key={figure.key}
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                  data-testid={`figure-${group.key}-${figure.key}`}
                >
                  <Text component="dt" size="sm">
                    {figure.label}
                  </Text>
                  <Text
                    component="dd"
                    m={0}
                    fw={700}
                    c={figure.alarming === true && figure.value > 0 ? 'red.9' : undefined}
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    {format.integer(figure.value)}
                  </Text>
                </Group>
              ))}
            </dl>
            {group.note === null ? null : (
              <Text size="xs" c="dimmed">
                {group.note}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
