import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppropriationAccount, useAccounts } from '@/web/api/funding-settings';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useLanguage } from '@/web/hooks/use-language';
import { useSession } from '@/web/hooks/use-session';
import { EditAccountForm, NewAccountForm } from './account-forms';
import { ScrollTable } from '@/web/components/scroll-table';
import { ReadOnlyNote, SavedNotice } from './notices';

type Outcome = { readonly kind: 'saved' | 'conflict'; readonly message: string } | null;

/** The appropriation accounts; administrators (`account.manage`) add and rename them. */
export function AccountsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const accounts = useAccounts();
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const manage = can('account.manage');
  const edited = accounts.data?.find((account) => account.code === editing);
  const saved = (message: string) => {
    setOutcome({ kind: 'saved', message });
    setEditing(null);
  };

  return (
    <Stack gap="lg" maw={960}>
      <Text>{t('fundingSettings.accounts.intro')}</Text>
      {manage ? null : <ReadOnlyNote />}
      <SavedNotice message={outcome?.kind === 'saved' ? outcome.message : null} testId="account-saved" />
      {outcome?.kind === 'conflict' ? (
        <Alert color="orange" variant="light" role="alert">
          {outcome.message}
        </Alert>
      ) : null}
      <Section title={t('fundingSettings.accounts.title')} testId="accounts">
        {edited === undefined ? null : (
          <EditAccountForm
            key={`${edited.code}-${edited.version}`}
            account={edited}
            onSaved={saved}
            onConflict={(message) => setOutcome({ kind: 'conflict', message })}
            onCancel={() => setEditing(null)}
          />
        )}
        {accounts.data === undefined ? (
          <QueryStatus queries={[accounts]} />
        ) : accounts.data.length === 0 ? (
          <Text>{t('fundingSettings.accounts.none')}</Text>
        ) : (
          <AccountsTable
            accounts={accounts.data}
            onEdit={
              manage
                ? (code) => {
                    setOutcome(null);
                    setEditing(code);
                  }
                : undefined
            }
          />
        )}
      </Section>
      {manage ? (
        <Section title={t('fundingSettings.accounts.newTitle')} testId="account-new">
          <NewAccountForm onSaved={saved} />
        </Section>
      ) : null}
    </Stack>
  );
}

interface AccountsTableProps {
  readonly accounts: readonly AppropriationAccount[];
  /** Without it the list is read-only. */
  readonly onEdit: ((code: string) => void) | undefined;
}

function AccountsTable({ accounts, onEdit }: AccountsTableProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const other = language === 'es' ? 'en' : 'es';
  return (
    <ScrollTable minWidth={720} caption={t('fundingSettings.accounts.caption')} testId="accounts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('fundingSettings.accounts.acronym')}</Table.Th>
          <Table.Th scope="col">{t('fundingSettings.accounts.code')}</Table.Th>
          <Table.Th scope="col">{t('fundingSettings.accounts.name')}</Table.Th>
          <Table.Th scope="col">
            {t(`fundingSettings.accounts.${other === 'es' ? 'nameEs' : 'nameEn'}`)}
          </Table.Th>
          {onEdit === undefined ? null : (
            <Table.Th scope="col">{t('fundingSettings.accounts.actions')}</Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => (
          <Table.Tr key={account.code}>
            <Table.Th scope="row">{account.acronym}</Table.Th>
            <Table.Td ff="monospace">{account.code}</Table.Td>
            <Table.Td>{pick(account.name)}</Table.Td>
            <Table.Td lang={other}>{account.name[other]}</Table.Td>
            {onEdit === undefined ? null : (
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(account.code)}
                  aria-label={t('fundingSettings.accounts.editLabel', { code: account.code })}
                >
                  {t('fundingSettings.accounts.edit')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
