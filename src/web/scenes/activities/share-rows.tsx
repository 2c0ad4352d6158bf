import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShareDraft } from './activity-draft';
import { percentageSum } from './draft-numbers';
import { RowsFieldset } from './rows-fieldset';

interface ShareRowsProps {
  readonly legend: string;
  /** The field key of the list (`sectors`, `goals`…): problems are looked up under it. */
  readonly name: string;
  readonly rows: readonly ShareDraft[];
  readonly onChange: (rows: ShareDraft[]) => void;
  readonly options: readonly { value: string; label: string }[];
  readonly codeLabel: string;
  readonly errors: Readonly<Record<string, string>>;
  /** The key of the list's own problem when it is not `name` (attributions share one). */
  readonly groupError?: string;
}

/** Codes with percentages that must add up to 100 (sectors, countries, goals, components). */
export function ShareRows({
  legend,
  name,
  rows,
  onChange,
  options,
  codeLabel,
  errors,
  groupError,
}: ShareRowsProps) {
  const { t } = useTranslation();
  return (
    <RowsFieldset
      legend={legend}
      rows={rows}
      onChange={onChange}
      empty={{ code: '', percentage: '' }}
      sum={percentageSum(rows)}
      error={groupError ?? errors[name]}
      testId={`${name}-rows`}
      renderRow={(row, index, set) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={`${codeLabel} ${index + 1}`}
            data={[{ value: '', label: t('form.choose'), disabled: true }, ...options]}
            value={row.code}
            onChange={(event) => set({ ...row, code: event.currentTarget.value })}
            error={
              errors[`${name}.${index}.code`] ??
              errors[`${name}.${index}.element`] ??
              errors[`${name}.${index}`]
            }
          />
          <TextInput
            label={t('activities.form.percentageOf', { number: index + 1 })}
            inputMode="decimal"
            rightSection="%"
            value={row.percentage}
            onChange={(event) => set({ ...row, percentage: event.currentTarget.value })}
            error={errors[`${name}.${index}.percentage`]}
            maw={200}
          />
        </SimpleGrid>
      )}
    />
  );
}
