import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/web/api/api-problem';
import { type Source, useUpdateSource } from '@/web/api/sources';
import { ProblemAlert } from '@/web/components/problem-alert';
import type { RecordOutcome } from '@/web/components/record-outcome';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { SOURCE_FIELD_KEYS, sourceDraft, sourcePatch } from './source-draft';
import { SourceFields } from './source-fields';

interface EditSourceFormProps {
  /** The version being edited: the form starts again from each new one (give it `key={source.version}`). */
  readonly source: Source;
  readonly onOutcome: (outcome: RecordOutcome) => void;
}

/**
 * Changes a source with its version in `If-Match`. When someone else changed it first (412), the outcome
 * says so and the page loads their version, which this form then starts from.
 */
export function EditSourceForm({ source, onOutcome }: EditSourceFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSource(source.id);
  const [draft, setDraft] = useState(() => sourceDraft(source));
  const problems = useFormProblems(update.error, SOURCE_FIELD_KEYS);
  const conflict = isProblem(update.error, 'precondition_failed');

  return (
    <form
      noValidate
      data-testid="edit-source"
      onSubmit={(event) => {
        event.preventDefault();
        onOutcome(null);
        update.mutate(
          { version: source.version, body: sourcePatch(draft, source) },
          {
            onSuccess: () => onOutcome({ kind: 'saved', message: t('form.saved') }),
            onError: (error) => {
              if (isProblem(error, 'precondition_failed')) {
                onOutcome({ kind: 'conflict', error });
              }
            },
          },
        );
      }}
    >
      <Stack gap="md">
        {conflict ? null : (
          <ProblemAlert
            error={update.error}
            other={problems.other}
            hasFieldErrors={problems.hasFieldErrors}
          />
        )}
        <SourceFields value={draft} onChange={setDraft} errors={problems.fields} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('form.saveChanges')}
        </Button>
      </Stack>
    </form>
  );
}
