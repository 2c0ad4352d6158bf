import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/web/api/api-problem';
import { type AppropriationAccount, useCreateAccount, useUpdateAccount } from '@/web/api/funding-settings';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import {
  ACCOUNT_FIELD_KEYS,
  AccountFields,
  accountDraft,
  accountName,
  EMPTY_ACCOUNT,
} from './account-fields';

/** Adds an account; a code that exists already is reported on the code field (409). */
export function NewAccountForm({ onSaved }: { readonly onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const [draft, setDraft] = useState(EMPTY_ACCOUNT);
  const problems = useFormProblems(create.error, ACCOUNT_FIELD_KEYS);
  return (
    <form
      noValidate
      data-testid="account-new-form"
      onSubmit={(event) => {
        event.preventDefault();
        const body = { code: draft.code.trim(), acronym: draft.acronym.trim(), name: accountName(draft) };
        create.mutate(body, {
          onSuccess: (account) => {
            setDraft(EMPTY_ACCOUNT);
            onSaved(t('fundingSettings.accounts.created', { code: account.code }));
          },
        });
      }}
    >
      <Stack gap="md">
        <ProblemAlert error={create.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <AccountFields value={draft} onChange={setDraft} errors={problems.fields} withCode />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('fundingSettings.accounts.submitNew')}
        </Button>
      </Stack>
    </form>
  );
}

interface EditAccountFormProps {
  readonly account: AppropriationAccount;
  readonly onSaved: (message: string) => void;
  /** Someone else changed the account first (412): the list reloads it and the form starts again. */
  readonly onConflict: (message: string) => void;
  readonly onCancel: () => void;
}

/** Renames an account at the version shown (If-Match); it takes focus when it opens. */
export function EditAccountForm({ account, onSaved, onConflict, onCancel }: EditAccountFormProps) {
  const { t } = useTranslation();
  const update = useUpdateAccount(account.code);
  const [draft, setDraft] = useState(() => accountDraft(account));
  const problems = useFormProblems(update.error, ACCOUNT_FIELD_KEYS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const code = account.code;
  return (
    <form
      noValidate
      data-testid="account-edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        const body = { acronym: draft.acronym.trim(), name: accountName(draft) };
        update.mutate(
          { version: account.version, body },
          {
            onSuccess: () => onSaved(t('fundingSettings.accounts.saved', { code })),
            onError: (error) => {
              if (isProblem(error, 'precondition_failed')) {
                onConflict(t('fundingSettings.accounts.conflict', { code }));
              }
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Title order={3} size="h4" ref={heading} tabIndex={-1}>
          {t('fundingSettings.accounts.editTitle', { code })}
        </Title>
        <ProblemAlert
          error={isProblem(update.error, 'precondition_failed') ? null : update.error}
          other={problems.other}
          hasFieldErrors={problems.hasFieldErrors}
        />
        <AccountFields value={draft} onChange={setDraft} errors={problems.fields} withCode={false} />
        <Group gap="md">
          <Button type="submit" loading={update.isPending}>
            {t('fundingSettings.accounts.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('fundingSettings.accounts.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
