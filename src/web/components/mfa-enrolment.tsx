import { Button, CopyButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartMfaEnrolment, useVerifyMfa } from '@/web/api/identity';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { normaliseMfaCode } from '@/web/utils/mfa-code';
import { MfaCodeField } from './mfa-code-field';
import { ProblemAlert } from './problem-alert';
import { LoadingState } from './query-status';

interface MfaEnrolmentProps {
  /** The account's e-mail, named in the QR code's description. */
  readonly email: string;
  /** Called once the code is accepted and MFA is on (the session has been renewed). */
  readonly onEnabled: () => void;
}

/** `ABCDEFGH…` → `ABCD EFGH …`: easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * TOTP enrolment: asks the server for a new secret once, shows it as a QR code and as text for manual entry,
 * then checks a first code, which turns MFA on.
 */
export function MfaEnrolment({ email, onEnabled }: MfaEnrolmentProps) {
  const { t } = useTranslation();
  const start = useStartMfaEnrolment();
  const verify = useVerifyMfa();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | undefined>();
  const started = useRef(false);
  const problems = useFormProblems(
    verify.error,
    ['code'],
    formatError === undefined ? {} : { code: formatError },
  );

  useEffect(() => {
    // Each request makes a new secret: ask once, not again when React re-runs effects in development.
    if (!started.current) {
      started.current = true;
      start.mutate();
    }
  }, [start]);

  if (start.data === undefined) {
    return start.error === null ? (
      <LoadingState minHeight={200} />
    ) : (
      <Stack gap="md" align="flex-start">
        <ProblemAlert error={start.error} />
        <Button variant="default" onClick={() => start.mutate()}>
          {t('enrol.restart')}
        </Button>
      </Stack>
    );
  }

  const enrolment = start.data;
  return (
    <Stack gap="md" maw={560}>
      <Text>{t('enrol.step1')}</Text>
      <Paper withBorder p="sm" w="fit-content">
        <Image
          src={enrolment.qrSvgDataUrl}
          alt={t('enrol.qrAlt', { email })}
          w={200}
          h={200}
          className="qr-code"
          data-testid="mfa-qr"
        />
      </Paper>
      <Stack gap={4}>
        <Text size="sm">{t('enrol.manual')}</Text>
        <Group gap="sm" wrap="nowrap" align="center">
          <Text component="code" className="secret-text" fw={600} data-testid="mfa-secret">
            {groupSecret(enrolment.secret)}
          </Text>
          <CopyButton value={enrolment.secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy} aria-live="polite">
                {copied ? t('form.copied') : t('form.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const digits = normaliseMfaCode(code);
          setFormatError(digits === null ? t('signIn.codeFormat') : undefined);
          if (digits !== null) {
            verify.mutate(digits, { onSuccess: onEnabled });
          }
        }}
      >
        <Stack gap="md" align="flex-start">
          <Text>{t('enrol.step2')}</Text>
          <ProblemAlert
            error={formatError === undefined ? verify.error : null}
            other={problems.other}
            hasFieldErrors={false}
          />
          <MfaCodeField value={code} onChange={setCode} error={problems.fields.code} />
          <Group gap="sm">
            <Button type="submit" loading={verify.isPending}>
              {t('enrol.submit')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setCode('');
                verify.reset();
                start.mutate();
              }}
            >
              {t('enrol.restart')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
