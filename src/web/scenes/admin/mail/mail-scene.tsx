import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type Mail, useMailPages } from '@/web/api/admin';
import { DetailList } from '@/web/components/detail-list';
import { LoadMore } from '@/web/components/load-more';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useFormat } from '@/web/hooks/use-format';
import { linkParts } from '@/web/utils/link-parts';

/** The mail outbox, newest first: with no SMTP configured, a demo administrator finds reset links here. */
export default function MailScene() {
  return (
    <RequireSession anyOf={['mail.read']}>
      <Outbox />
    </RequireSession>
  );
}

function Outbox() {
  const { t } = useTranslation();
  const pages = useMailPages();
  const messages = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t('mail.title')} intro={t('mail.intro')} />
      {pages.data === undefined ? (
        <QueryStatus queries={[pages]} />
      ) : messages.length === 0 ? (
        <Text>{t('mail.none')}</Text>
      ) : (
        <Stack gap="md" maw={960}>
          <ul className="plain-list mail-list" data-testid="mail-list">
            {messages.map((message) => (
              <li key={message.id}>
                <MailMessage message={message} />
              </li>
            ))}
          </ul>
          <LoadMore
            shown={messages.length}
            hasMore={pages.hasNextPage}
            loading={pages.isFetchingNextPage}
            onLoadMore={() => void pages.fetchNextPage()}
          />
        </Stack>
      )}
    </>
  );
}

function MailMessage({ message }: { readonly message: Mail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      radius="md"
      aria-label={t('mail.messageLabel', { to: message.to })}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4">
            {message.subject}
          </Title>
          <Badge
            color={message.sentAt === null ? 'gray.7' : 'teal.9'}
            variant="filled"
            style={{ flexShrink: 0 }}
          >
            {message.sentAt === null ? t('mail.pending') : t('mail.sent')}
          </Badge>
        </Group>
        <DetailList
          items={[
            { label: t('mail.to'), value: message.to },
            { label: t('mail.created'), value: format.dateTime(message.createdAt) },
            ...(message.sentAt === null
              ? []
              : [{ label: t('mail.sent'), value: format.dateTime(message.sentAt) }]),
          ]}
        />
        <pre className="mail-body">
          {linkParts(message.body).map((part, index) =>
            part.kind === 'text' ? (
              <Fragment key={index}>{part.text}</Fragment>
            ) : (
              <Anchor key={index} href={part.url}>
                {part.url}
              </Anchor>
            ),
          )}
        </pre>
      </Stack>
    </Paper>
  );
}
