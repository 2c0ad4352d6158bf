import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSource } from '@/web/api/sources';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { EMPTY_SOURCE, SOURCE_FIELD_KEYS, sourceInput } from './source-draft';
import { SourceFields } from './source-fields';

/** Registers a source (administrators); the API's field problems appear next to their fields. */
export function RegisterSourceForm() {
  const { t } = useTranslation();
  const register = useRegisterSource();
  const [draft, setDraft] = useState(EMPTY_SOURCE);
  const [registered, setRegistered] = useState<string | null>(null);
  const problems = useFormProblems(register.error, SOURCE_FIELD_KEYS);

  return (
    <form
      noValidate
      data-testid="register-source"
      onSubmit={(event) => {
        event.preventDefault();
        setRegistered(null);
        register.mutate(sourceInput(draft), {
          onSuccess: (source) => {
            setRegistered(source.name);
            setDraft(EMPTY_SOURCE);
          },
        });
      }}
    >
      <Stack gap="md">
        {registered === null ? null : (
          <Alert color="green" variant="light" role="status" data-testid="source-registered">
            {t('sources.form.registered', { name: registered })}
          </Alert>
        )}
        <ProblemAlert
          error={register.error}
          other={problems.other}
          hasFieldErrors={problems.hasFieldErrors}
        />
        <SourceFields value={draft} onChange={setDraft} errors={problems.fields} />
        <Button type="submit" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('sources.form.register')}
        </Button>
      </Stack>
    </form>
  );
}
