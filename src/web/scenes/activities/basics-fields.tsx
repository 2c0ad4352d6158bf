import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActivityList } from '@/web/api/activities';
import { useAllOrganisations } from '@/web/api/admin';
import { useCodelist } from '@/web/api/queries';
import type { ActivityDraft } from './activity-draft';
import { LEVELS } from './list-query';
import { useActivityNames } from './use-activity-names';

/** The level a parent must have: a project sits in a programme, an activity in a project. */
const PARENT_LEVEL = { programme: undefined, project: 'programme', activity: 'project' } as const;

interface BasicsFieldsProps {
  readonly value: ActivityDraft;
  readonly onChange: (value: ActivityDraft) => void;
  readonly errors: Readonly<Record<string, string>>;
  /** The activity being edited, which cannot be its own parent. */
  readonly selfId?: string;
}

/** Level and parent, reporting organisation, identifier, status, dates and currency. */
export function BasicsFields({ value, onChange, errors, selfId }: BasicsFieldsProps) {
  const { t } = useTranslation();
  const names = useActivityNames();
  const organisations = useAllOrganisations();
  const currencies = useCodelist('Currency', 'active', '');
  const parentLevel = PARENT_LEVEL[value.level as keyof typeof PARENT_LEVEL];
  const parents = useActivityList({
    level: parentLevel ?? 'programme',
    sort: 'title',
    lang: names.language,
    limit: 200,
  });
  const choose = { value: '', label: t('form.choose'), disabled: true };
  const bind = (key: keyof ActivityDraft) => ({
    value: value[key] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...value, [key]: event.currentTarget.value }),
    error: errors[key],
  });

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('activities.form.level')}
          data={LEVELS.map((level) => ({ value: level, label: t(`activities.levels.${level}`) }))}
          required
          {...bind('level')}
          onChange={(event) => onChange({ ...value, level: event.currentTarget.value, parentId: '' })}
        />
        <NativeSelect
          label={t('activities.form.parent')}
          description={t('activities.form.parentHint')}
          data={[
            { value: '', label: t('activities.form.noParent') },
            ...(parentLevel === undefined ? [] : (parents.data?.items ?? []))
              .filter((item) => item.id !== selfId)
              .map((item) => ({ value: item.id, label: names.pick(item.title) })),
          ]}
          disabled={parentLevel === undefined}
          {...bind('parentId')}
        />
        <NativeSelect
          label={t('activities.form.reportingOrg')}
          data={[
            choose,
            ...(organisations.data ?? []).map((item) => ({ value: item.id, label: names.pick(item.name) })),
          ]}
          required
          {...bind('reportingOrgId')}
        />
        <TextInput
          label={t('activities.form.iatiIdentifier')}
          description={t('activities.form.iatiHint')}
          maxLength={150}
          {...bind('iatiIdentifier')}
        />
        <NativeSelect
          label={t('activities.form.status')}
          data={names.statuses.map((item) => ({ value: item.code, label: names.pick(item.name) }))}
          required
          {...bind('status')}
        />
        <NativeSelect
          label={t('activities.form.defaultCurrency')}
          data={(currencies.data?.items ?? [{ code: value.defaultCurrency, name: { es: '', en: '' } }]).map(
            (item) => ({
              value: item.code,
              label: `${item.code} ${names.pick(item.name)}`.trim(),
            }),
          )}
          required
          {...bind('defaultCurrency')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
        <TextInput type="date" label={t('activities.form.plannedStart')} {...bind('plannedStart')} />
        <TextInput type="date" label={t('activities.form.plannedEnd')} {...bind('plannedEnd')} />
        <TextInput type="date" label={t('activities.form.actualStart')} {...bind('actualStart')} />
        <TextInput type="date" label={t('activities.form.actualEnd')} {...bind('actualEnd')} />
      </SimpleGrid>
    </>
  );
}
