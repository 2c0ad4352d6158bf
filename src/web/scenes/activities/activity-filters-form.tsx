import { Button, Fieldset, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllOrganisations } from '@/web/api/admin';
import { useCountries } from '@/web/api/queries';
import {
  FILTER_KEYS,
  filtersFromParams,
  LEVELS,
  paramsWith,
  SORTS,
  sortFromParams,
  WORKFLOW_STATES,
} from './list-query';
import { useActivityNames } from './use-activity-names';

interface ActivityFiltersFormProps {
  /** The address's parameters: the filters and sorting applied now. */
  readonly params: URLSearchParams;
  readonly onApply: (params: URLSearchParams) => void;
  /** Problems of the list request by parameter name. */
  readonly errors: Readonly<Record<string, string>>;
}

type Draft = Record<(typeof FILTER_KEYS)[number] | 'sort' | 'order', string>;

/** The list's filters and sorting, applied together (and kept in the address). */
export function ActivityFiltersForm({ params, onApply, errors }: ActivityFiltersFormProps) {
  const { t } = useTranslation();
  const names = useActivityNames();
  const countries = useCountries();
  const organisations = useAllOrganisations();
  const [draft, setDraft] = useState<Draft>(() => {
    const filters = filtersFromParams(params);
    const { sort, order } = sortFromParams(params);
    const empty = Object.fromEntries(FILTER_KEYS.map((key) => [key, filters[key] ?? '']));
    return { ...(empty as Record<(typeof FILTER_KEYS)[number], string>), sort, order: order ?? '' };
  });
  const any = { value: '', label: t('activities.filters.any') };
  const select = (key: keyof Draft, label: string, data: { value: string; label: string }[]) => (
    <NativeSelect
      label={label}
      data={[any, ...data]}
      value={draft[key]}
      onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
      error={errors[key]}
    />
  );

  return (
    <form
      noValidate
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(paramsWith(params, draft));
      }}
    >
      <Fieldset legend={t('activities.filters.legend')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <TextInput
            label={t('activities.filters.q')}
            description={t('activities.filters.qHint')}
            value={draft.q}
            onChange={(event) => setDraft({ ...draft, q: event.currentTarget.value })}
            error={errors.q}
            data-testid="activity-search"
          />
          {select(
            'country',
            t('activities.filters.country'),
            (countries.data ?? []).map((country) => ({
              value: country.code,
              label: names.pick(country.name),
            })),
          )}
          {select(
            'goal',
            t('activities.filters.goal'),
            names.goals.map((goal) => ({
              value: goal.code,
              label: `${goal.code}. ${names.pick(goal.name)}`,
            })),
          )}
          {select(
            'status',
            t('activities.filters.status'),
            names.statuses.map((item) => ({ value: item.code, label: names.pick(item.name) })),
          )}
          {select(
            'workflowState',
            t('activities.filters.workflowState'),
            WORKFLOW_STATES.map((state) => ({
              value: state,
              label: t(`activities.workflowStates.${state}`),
            })),
          )}
          {select(
            'level',
            t('activities.filters.level'),
            LEVELS.map((level) => ({ value: level, label: t(`activities.levels.${level}`) })),
          )}
          {select(
            'organisation',
            t('activities.filters.organisation'),
            (organisations.data ?? []).map((item) => ({ value: item.id, label: names.pick(item.name) })),
          )}
          <NativeSelect
            label={t('activities.filters.sort')}
            data={SORTS.map((sort) => ({ value: sort, label: t(`activities.sorts.${sort}`) }))}
            value={draft.sort}
            onChange={(event) => setDraft({ ...draft, sort: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('activities.filters.order')}
            data={[
              { value: '', label: t('activities.filters.orderDefault') },
              { value: 'asc', label: t('activities.filters.asc') },
              { value: 'desc', label: t('activities.filters.desc') },
            ]}
            value={draft.order}
            onChange={(event) => setDraft({ ...draft, order: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group mt="md" gap="md">
          <Button type="submit" data-testid="apply-filters">
            {t('activities.filters.apply')}
          </Button>
          <Button variant="default" onClick={() => onApply(new URLSearchParams())}>
            {t('activities.filters.clear')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
