import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountries, useSubdivisions } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';
import type { LocationDraft } from './activity-draft';
import { percentageSum } from './draft-numbers';
import { RowsFieldset } from './rows-fieldset';

const EMPTY_LOCATION: LocationDraft = {
  country: '',
  subdivisionCode: '',
  name: '',
  latitude: '',
  longitude: '',
  percentage: '',
};

interface LocationRowsProps {
  readonly rows: readonly LocationDraft[];
  readonly onChange: (rows: LocationDraft[]) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** Sub-national locations: a subdivision of a partner country, an optional point and a percentage. */
export function LocationRows({ rows, onChange, errors }: LocationRowsProps) {
  const { t } = useTranslation();
  return (
    <RowsFieldset
      legend={t('activities.form.locations')}
      rows={rows}
      onChange={onChange}
      empty={EMPTY_LOCATION}
      sum={percentageSum(rows)}
      error={errors.locations}
      testId="locations-rows"
      renderRow={(row, index, set) => <LocationRow row={row} index={index} set={set} errors={errors} />}
    />
  );
}

interface LocationRowProps {
  readonly row: LocationDraft;
  readonly index: number;
  readonly set: (row: LocationDraft) => void;
  readonly errors: Readonly<Record<string, string>>;
}

function LocationRow({ row, index, set, errors }: LocationRowProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const countries = useCountries();
  // Hooks cannot be skipped: before a country is chosen, a cached list stands in and is not shown.
  const subdivisions = useSubdivisions(row.country === '' ? 'HN' : row.country);
  const key = (field: string) => `locations.${index}.${field}`;
  const number = index + 1;
  const bind = (field: 'name' | 'latitude' | 'longitude' | 'percentage') => ({
    value: row[field],
    onChange: (event: { currentTarget: { value: string } }) =>
      set({ ...row, [field]: event.currentTarget.value }),
    error: errors[key(field)],
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <NativeSelect
        label={t('activities.form.locationCountry', { number })}
        data={[
          { value: '', label: t('form.choose'), disabled: true },
          ...(countries.data ?? []).map((country) => ({ value: country.code, label: pick(country.name) })),
        ]}
        value={row.country}
        onChange={(event) => set({ ...row, country: event.currentTarget.value, subdivisionCode: '' })}
      />
      <NativeSelect
        label={t('activities.form.subdivision', { number })}
        data={[
          { value: '', label: t('form.choose'), disabled: true },
          ...(row.country === '' ? [] : (subdivisions.data ?? [])).map((item) => ({
            value: item.code,
            label: `${pick(item.name)} (${item.code})`,
          })),
        ]}
        value={row.subdivisionCode}
        onChange={(event) => set({ ...row, subdivisionCode: event.currentTarget.value })}
        error={errors[key('subdivisionCode')] ?? errors[`locations.${index}`]}
        disabled={row.country === ''}
      />
      <TextInput label={t('activities.form.placeName', { number })} maxLength={300} {...bind('name')} />
      <TextInput
        label={t('activities.form.latitude', { number })}
        inputMode="decimal"
        {...bind('latitude')}
      />
      <TextInput
        label={t('activities.form.longitude', { number })}
        inputMode="decimal"
        {...bind('longitude')}
      />
      <TextInput
        label={t('activities.form.percentageOf', { number })}
        inputMode="decimal"
        rightSection="%"
        {...bind('percentage')}
      />
    </SimpleGrid>
  );
}
