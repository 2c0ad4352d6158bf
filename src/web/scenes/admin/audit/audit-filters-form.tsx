import { Anchor, Button, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, auditCsvHref } from '@/web/utils/audit-filters';

interface AuditFiltersFormProps {
  /** The filters applied now (from the address). */
  readonly applied: AuditFilters;
  readonly onApply: (filters: AuditFilters) => void;
  /** Problems of the list request by filter name (e.g. a date the server refused). */
  readonly errors: Readonly<Record<string, string>>;
}

/** The audit log's filters, applied together; the CSV export uses those applied. */
export function AuditFiltersForm({ applied, onApply, errors }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const field = (key: keyof AuditFilters) => ({
    value: draft[key] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setDraft({ ...draft, [key]: event.currentTarget.value }),
    error: errors[key],
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <Fieldset legend={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <TextInput label={t('audit.action')} description={t('audit.actionHint')} {...field('action')} />
          <TextInput label={t('audit.entity')} description={t('audit.entityHint')} {...field('entity')} />
          <TextInput label={t('audit.entityId')} {...field('entityId')} />
          <TextInput label={t('audit.actor')} description={t('audit.actorHint')} {...field('actor')} />
          <TextInput
            type="date"
            label={t('audit.from')}
            description={t('audit.datesHint')}
            {...field('from')}
          />
          <TextInput type="date" label={t('audit.to')} description={t('audit.datesHint')} {...field('to')} />
        </SimpleGrid>
        <Group mt="md" gap="md" align="center">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            {t('audit.clear')}
          </Button>
          <Anchor href={auditCsvHref(applied)} download data-testid="audit-export" fw={600}>
            {t('audit.export')}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('audit.exportHint')}
          </Text>
        </Group>
      </Fieldset>
    </form>
  );
}
