import { Badge, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type User, useUpdateUser } from '@/web/api/admin';
import { DetailList } from '@/web/components/detail-list';
import { LanguageSelect } from '@/web/components/language-select';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useReauth } from '@/web/components/reauth-provider';
import type { RecordOutcome } from '@/web/components/record-outcome';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useNames } from '@/web/hooks/use-grant-label';
import type { Language } from '@/web/i18n/language';
import { formError, useRecordSave } from './use-record-save';

interface UserSectionProps {
  readonly user: User;
  readonly onOutcome: (outcome: RecordOutcome) => void;
}

/** What the account is, and (for those allowed) its name and language. */
export function UserDetailsSection({
  user,
  onOutcome,
  editable,
}: UserSectionProps & { readonly editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const optional = (value: string | null | undefined, show: (text: string) => string) =>
    value === undefined ? '—' : value === null ? t('form.never') : show(value);

  return (
    <Section title={t('users.detailsTitle')} testId="user-details">
      <DetailList
        items={[
          { label: t('userFields.email'), value: user.email },
          { label: t('userFields.organisation'), value: names.organisation(user.organisationId) },
          {
            label: t('users.mfaStatus'),
            value:
              user.mfaEnabled === undefined ? '—' : user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff'),
          },
          {
            label: t('signIn.password'),
            value:
              user.hasPassword === undefined
                ? '—'
                : user.hasPassword
                  ? t('users.passwordSet')
                  : t('users.passwordNotSet'),
          },
          { label: t('users.lastSignIn'), value: optional(user.lastSignInAt, format.dateTime) },
          {
            label: t('users.status'),
            value: (
              <Badge color={user.disabled ? 'gray.7' : 'teal.9'} variant="filled">
                {user.disabled ? t('users.disabled') : t('users.active')}
              </Badge>
            ),
          },
          { label: t('tokens.created'), value: optional(user.createdAt, format.dateTime) },
          { label: t('users.versionLabel'), value: String(user.version) },
        ]}
      />
      {editable ? <ProfileForm user={user} onOutcome={onOutcome} /> : null}
    </Section>
  );
}

function ProfileForm({ user, onOutcome }: UserSectionProps) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const update = useUpdateUser(user.id, withReauth);
  const save = useRecordSave(user.id, onOutcome);
  const [name, setName] = useState(user.name);
  const [language, setLanguage] = useState<Language>(user.language);
  const problems = useFormProblems(update.error, ['name', 'language']);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onOutcome(null);
        update.mutate(
          { version: user.version, body: { name: name.trim(), language } },
          save(t('form.saved')),
        );
      }}
    >
      <Stack gap="md" maw={480}>
        <ProblemAlert
          error={formError(update.error)}
          other={problems.other}
          hasFieldErrors={problems.hasFieldErrors}
        />
        <TextInput
          label={t('userFields.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.fields.name}
          maxLength={200}
          required
          autoComplete="off"
        />
        <LanguageSelect value={language} onChange={setLanguage} error={problems.fields.language} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('form.saveChanges')}
        </Button>
      </Stack>
    </form>
  );
}
