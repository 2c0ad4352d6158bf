import { Button, Code, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/web/api/admin';
import { useFormat } from '@/web/hooks/use-format';

interface AuditTableProps {
  readonly events: readonly AuditEvent[];
  /** A person's name for a user id, when known. */
  readonly actorName: (id: string) => string | undefined;
}

const COLUMNS = 7;

/** Audit events newest first; each row's details (JSON) open below it. */
export function AuditTable({ events, actorName }: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped data-testid="audit-table">
        <Table.Caption>{t('audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.entityId')}</Table.Th>
            <Table.Th scope="col">{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open.has(event.id);
            const detailsId = `audit-details-${event.seq}`;
            const name = event.actorType === 'user' ? actorName(event.actorId) : undefined;
            return (
              <Fragment key={event.id}>
                <Table.Tr data-testid="audit-row">
                  <Table.Td>{event.seq}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                  </Table.Td>
                  <Table.Td>
                    {name === undefined ? null : <Text size="sm">{name}</Text>}
                    <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {event.actorId}
                    </Text>
                  </Table.Td>
                  <Table.Td ff="monospace">{event.action}</Table.Td>
                  <Table.Td ff="monospace">{event.entity}</Table.Td>
                  <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {event.entityId}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      aria-label={t(expanded ? 'audit.hideDetails' : 'audit.showDetails', { seq: event.seq })}
                      onClick={() => toggle(event.id)}
                    >
                      {expanded ? t('audit.hide') : t('audit.show')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={COLUMNS}>
                      <Code block className="json-details">
                        {JSON.stringify(event.details, null, 2)}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
