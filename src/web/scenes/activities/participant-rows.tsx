import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAllOrganisations } from '@/web/api/admin';
import { useLanguage } from '@/web/hooks/use-language';
import type { ActivityDraft } from './activity-draft';
import { RowsFieldset } from './rows-fieldset';
import { useActivityNames } from './use-activity-names';

type Participant = ActivityDraft['participants'][number];

interface ParticipantRowsProps {
  readonly rows: readonly Participant[];
  readonly onChange: (rows: Participant[]) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** The participating organisations, each with its IATI role (funding, accountable, extending, implementing). */
export function ParticipantRows({ rows, onChange, errors }: ParticipantRowsProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const names = useActivityNames();
  const organisations = useAllOrganisations();
  const choose = { value: '', label: t('form.choose'), disabled: true };
  return (
    <RowsFieldset
      legend={t('activities.form.participants')}
      rows={rows}
      onChange={onChange}
      empty={{ organisationId: '', role: '4' }}
      error={errors.participants}
      renderRow={(row, index, set) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('activities.form.participant', { number: index + 1 })}
            data={[
              choose,
              ...(organisations.data ?? []).map((item) => ({ value: item.id, label: pick(item.name) })),
            ]}
            value={row.organisationId}
            onChange={(event) => set({ ...row, organisationId: event.currentTarget.value })}
            error={errors[`participants.${index}.organisationId`] ?? errors[`participants.${index}`]}
          />
          <NativeSelect
            label={t('activities.form.role', { number: index + 1 })}
            data={names.roles.map((role) => ({ value: role.code, label: pick(role.name) }))}
            value={row.role}
            onChange={(event) => set({ ...row, role: event.currentTarget.value })}
            error={errors[`participants.${index}.role`]}
          />
        </SimpleGrid>
      )}
    />
  );
}
