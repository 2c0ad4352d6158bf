import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ApiToken,
  type CreatedApiToken,
  useApiTokens,
  useCreateApiToken,
  useRevokeApiToken,
} from '@/web/api/identity';
import { ProblemAlert } from '@/web/components/problem-alert';
import { QueryStatus } from '@/web/components/query-status';
import { useReauth } from '@/web/components/reauth-provider';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useFormProblems } from '@/web/hooks/use-form-problems';

const DEFAULT_DAYS = 90;

type TokenStatus = 'active' | 'revoked' | 'expired';

function statusOf(token: ApiToken, now: number): TokenStatus {
  if (token.revokedAt !== null) {
    return 'revoked';
  }
  return token.expiresAt !== null && Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

/** My API tokens: the list, a form to create one (its secret shown once) and revocation. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  return (
    <Section title={t('tokens.title')} intro={t('tokens.intro')} testId="api-tokens">
      {created === null ? null : <CreatedToken token={created} onDismiss={() => setCreated(null)} />}
      {tokens.data === undefined ? <QueryStatus queries={[tokens]} /> : <TokenTable tokens={tokens.data} />}
      <CreateTokenForm onCreated={setCreated} />
    </Section>
  );
}

function CreatedToken({
  token,
  onDismiss,
}: {
  readonly token: CreatedApiToken;
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      variant="light"
      title={t('tokens.createdTitle')}
      role="status"
      data-testid="created-token"
    >
      <Stack gap="sm">
        <Text size="sm">{t('tokens.createdText')}</Text>
        <Text size="sm" fw={600} id="created-token-label">
          {t('tokens.secretLabel', { name: token.name })}
        </Text>
        <Code
          block
          aria-labelledby="created-token-label"
          className="secret-text"
          data-testid="created-token-secret"
        >
          {token.token}
        </Code>
        <Group gap="sm">
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} aria-live="polite">
                {copied ? t('form.copied') : t('form.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('tokens.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function TokenTable({ tokens }: { readonly tokens: readonly ApiToken[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  // "Expired" is judged against the time the list was drawn; a reload draws it again.
  const [now] = useState(() => Date.now());
  if (tokens.length === 0) {
    return <Text size="sm">{t('tokens.none')}</Text>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="tokens-table">
          <Table.Caption>{t('tokens.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('tokens.name')}</Table.Th>
              <Table.Th scope="col">{t('tokens.prefix')}</Table.Th>
              <Table.Th scope="col">{t('tokens.created')}</Table.Th>
              <Table.Th scope="col">{t('tokens.expires')}</Table.Th>
              <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
              <Table.Th scope="col">{t('tokens.status')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('tokens.revoke')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => {
              const status = statusOf(token, now);
              return (
                <Table.Tr key={token.id}>
                  <Table.Th scope="row">{token.name}</Table.Th>
                  <Table.Td ff="monospace">{token.prefix}…</Table.Td>
                  <Table.Td>{format.date(token.createdAt)}</Table.Td>
                  <Table.Td>
                    {token.expiresAt === null ? t('form.never') : format.date(token.expiresAt)}
                  </Table.Td>
                  <Table.Td>
                    {token.lastUsedAt === null ? t('form.never') : format.dateTime(token.lastUsedAt)}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={status === 'active' ? 'teal.9' : 'gray.7'} variant="filled">
                      {t(`tokens.${status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {status === 'active' ? (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('tokens.revokeLabel', { name: token.name })}
                        onClick={() => setRevoking(token)}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RevokeDialog token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

function RevokeDialog({ token, onClose }: { readonly token: ApiToken | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Modal
      opened={token !== null}
      onClose={close}
      title={t('tokens.revokeTitle', { name: token?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('form.close') }}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{t('tokens.revokeText')}</Text>
        <ProblemAlert error={revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('form.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={revoke.isPending}
            onClick={() => token !== null && revoke.mutate(token.id, { onSuccess: close })}
          >
            {t('tokens.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CreateTokenForm({ onCreated }: { readonly onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const create = useCreateApiToken(withReauth);
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(DEFAULT_DAYS);
  const [noExpiry, setNoExpiry] = useState(false);
  const [daysError, setDaysError] = useState<string | undefined>();
  const problems = useFormProblems(create.error, ['name', 'expiresInDays']);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const expiresInDays = noExpiry ? null : Number(days);
        const validDays =
          expiresInDays === null ||
          (Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= 366);
        setDaysError(validDays ? undefined : t('tokens.daysRange'));
        if (!validDays) {
          return;
        }
        create.mutate(
          { name: name.trim(), expiresInDays },
          {
            onSuccess: (token) => {
              setName('');
              onCreated(token);
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('tokens.createTitle')}
        </Title>
        <ProblemAlert error={create.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <Group align="flex-start" gap="md">
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.fields.name}
            maxLength={100}
            required
            w={320}
          />
          <NumberInput
            label={t('tokens.days')}
            description={t('tokens.daysHint')}
            value={days}
            onChange={setDays}
            min={1}
            max={366}
            allowDecimal={false}
            allowNegative={false}
            disabled={noExpiry}
            error={daysError ?? problems.fields.expiresInDays}
            w={200}
          />
        </Group>
        <Checkbox
          label={t('tokens.noExpiry')}
          checked={noExpiry}
          onChange={(event) => setNoExpiry(event.currentTarget.checked)}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('tokens.create')}
        </Button>
      </Stack>
    </form>
  );
}
