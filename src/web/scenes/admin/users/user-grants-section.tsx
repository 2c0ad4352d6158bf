import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type User, useSetUserGrants } from '@/web/api/admin';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useReauth } from '@/web/components/reauth-provider';
import type { RecordOutcome } from '@/web/components/record-outcome';
import { Section } from '@/web/components/section';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useNames } from '@/web/hooks/use-grant-label';
import { grantDrafts, grantInputs, GrantRows, isGrantField } from './grant-rows';
import { formError, useRecordSave } from './use-record-save';

interface UserGrantsSectionProps {
  readonly user: User;
  readonly onOutcome: (outcome: RecordOutcome) => void;
}

/** The account's roles and scopes, replaced as a whole (needs a recent password confirmation). */
export function UserGrantsSection({ user, onOutcome }: UserGrantsSectionProps) {
  const { t } = useTranslation();
  const names = useNames();
  const withReauth = useReauth();
  const setGrants = useSetUserGrants(user.id, withReauth);
  const save = useRecordSave(user.id, onOutcome);
  const [drafts, setDrafts] = useState(() => grantDrafts(user.grants ?? []));
  const problems = useFormProblems(setGrants.error, isGrantField);

  return (
    <Section title={t('grants.title')} intro={t('grants.intro')} testId="user-grants">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onOutcome(null);
          setGrants.mutate({ version: user.version, grants: grantInputs(drafts) }, save(t('grants.saved')));
        }}
      >
        <Stack gap="md">
          <ProblemAlert
            error={formError(setGrants.error)}
            other={problems.other}
            hasFieldErrors={problems.hasFieldErrors}
          />
          <GrantRows
            value={drafts}
            onChange={setDrafts}
            organisations={names.organisations.data ?? []}
            errors={problems.fields}
          />
          <Button type="submit" loading={setGrants.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('grants.save')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
