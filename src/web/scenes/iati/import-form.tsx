import { Button, Checkbox, FileInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportJob, useStartImport } from '@/web/api/iati';
import { ProblemAlert } from '@/web/components/problem-alert';

/** Chooses an IATI file and the import's options, and uploads it; `onStarted` receives the job to follow. */
export function ImportForm({ onStarted }: { readonly onStarted: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [validate, setValidate] = useState(false);
  const [missingFile, setMissingFile] = useState(false);

  return (
    <form
      noValidate
      data-testid="import-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (file === null) {
          setMissingFile(true);
          return;
        }
        start.mutate({ file, dryRun, validate }, { onSuccess: onStarted });
      }}
    >
      <Stack gap="md" align="flex-start">
        <ProblemAlert error={start.error} />
        <FileInput
          label={t('iati.form.file')}
          description={t('iati.form.fileHint')}
          placeholder={t('iati.form.placeholder')}
          accept=".xml,application/xml,text/xml"
          value={file}
          onChange={(value) => {
            setFile(value);
            setMissingFile(false);
          }}
          error={missingFile ? t('iati.form.noFile') : undefined}
          required
          clearable
          clearButtonProps={{ 'aria-label': t('iati.form.clear') }}
          w="100%"
          maw={520}
        />
        <Checkbox
          label={t('iati.form.dryRun')}
          checked={dryRun}
          onChange={(event) => setDryRun(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('iati.form.validate')}
          description={t('iati.form.validateHint')}
          checked={validate}
          onChange={(event) => setValidate(event.currentTarget.checked)}
        />
        <Button type="submit" loading={start.isPending}>
          {t('iati.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
