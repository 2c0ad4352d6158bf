import { Button, CloseButton, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/web/hooks/use-language';
import { formatPercent } from './money';

interface RowsFieldsetProps<T> {
  readonly legend: string;
  readonly rows: readonly T[];
  readonly onChange: (rows: T[]) => void;
  /** The row "Add" appends. */
  readonly empty: T;
  readonly renderRow: (row: T, index: number, set: (row: T) => void) => ReactNode;
  /** A problem of the whole list (e.g. percentages that do not add up to 100). */
  readonly error?: string;
  /** The sum of the rows' percentages, shown live while it is not 100 %. */
  readonly sum?: number;
  readonly testId?: string;
}

/** A list of rows the user adds and removes (participants, sectors, locations…), with its own problems. */
export function RowsFieldset<T>({
  legend,
  rows,
  onChange,
  empty,
  renderRow,
  error,
  sum,
  testId,
}: RowsFieldsetProps<T>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Fieldset legend={legend} data-testid={testId}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <Group key={index} align="flex-start" gap="sm" wrap="nowrap">
            <div style={{ flex: 1 }}>
              {renderRow(row, index, (next) =>
                onChange(rows.map((item, at) => (at === index ? next : item))),
              )}
            </div>
            <CloseButton
              mt={26}
              aria-label={t('activities.form.removeRow', { legend, number: index + 1 })}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            />
          </Group>
        ))}
        {sum === undefined || rows.length === 0 ? null : (
          <Text size="sm" c={sum === 100 ? 'teal.9' : 'orange.9'} aria-live="polite" data-testid="sum-hint">
            {t(sum === 100 ? 'activities.form.sumOk' : 'activities.form.sum', {
              sum: formatPercent(sum, language),
            })}
          </Text>
        )}
        {error === undefined ? null : (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, empty])}>
            {t('activities.form.addRow', { legend })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
