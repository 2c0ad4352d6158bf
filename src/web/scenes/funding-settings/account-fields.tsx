import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppropriationAccount } from '@/web/api/funding-settings';

/** An account as its form holds it. */
export interface AccountDraft {
  readonly code: string;
  readonly acronym: string;
  readonly nameEs: string;
  readonly nameEn: string;
}

export const EMPTY_ACCOUNT: AccountDraft = { code: '', acronym: '', nameEs: '', nameEn: '' };

/** The API paths (without `body.`) these fields show problems for. */
export const ACCOUNT_FIELD_KEYS = ['code', 'acronym', 'name.es', 'name.en'] as const;

export function accountDraft(account: AppropriationAccount): AccountDraft {
  return { code: account.code, acronym: account.acronym, nameEs: account.name.es, nameEn: account.name.en };
}

export function accountName(draft: AccountDraft): { es: string; en: string } {
  return { es: draft.nameEs.trim(), en: draft.nameEn.trim() };
}

interface AccountFieldsProps {
  readonly value: AccountDraft;
  readonly onChange: (value: AccountDraft) => void;
  readonly errors: Readonly<Record<string, string>>;
  /** The code names the account and cannot change once it exists. */
  readonly withCode: boolean;
}

/** Code (new accounts only), acronym and the name in both languages. */
export function AccountFields({ value, onChange, errors, withCode }: AccountFieldsProps) {
  const { t } = useTranslation();
  const bind = (key: keyof AccountDraft) => ({
    value: value[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...value, [key]: event.currentTarget.value }),
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {withCode ? (
          <TextInput
            label={t('fundingSettings.accounts.code')}
            description={t('fundingSettings.accounts.codeHint')}
            maxLength={20}
            required
            autoComplete="off"
            error={errors.code}
            {...bind('code')}
          />
        ) : null}
        <TextInput
          label={t('fundingSettings.accounts.acronym')}
          description={t('fundingSettings.accounts.acronymHint')}
          maxLength={20}
          required
          autoComplete="off"
          error={errors.acronym}
          {...bind('acronym')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('fundingSettings.accounts.nameEs')}
          lang="es"
          maxLength={300}
          required
          error={errors['name.es']}
          {...bind('nameEs')}
        />
        <TextInput
          label={t('fundingSettings.accounts.nameEn')}
          lang="en"
          maxLength={300}
          required
          error={errors['name.en']}
          {...bind('nameEn')}
        />
      </SimpleGrid>
    </>
  );
}
