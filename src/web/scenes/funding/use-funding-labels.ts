import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppropriationAccounts, useCountries, useFramework } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';
import { countryName } from '@/web/utils/country-name';
import { STAGE_LABELS, TRANSACTION_TYPE_LABELS, type FundingStage } from '@/shared/funding-stages';

/** Names for the codes that summary rows carry (countries, goals, accounts, stages, transaction types). */
export function useFundingLabels() {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const countries = useCountries();
  const framework = useFramework('carsi');
  const accounts = useAppropriationAccounts();

  const goals = useMemo(
    () => (framework.data?.goals ?? []).toSorted((a, b) => a.position - b.position),
    [framework.data],
  );

  const country = useCallback(
    (code: string | null | undefined) => {
      if (code === null || code === undefined) {
        return t('funding.regional');
      }
      const known = countries.data?.find((item) => item.code === code);
      return known === undefined ? countryName(code, language) : pick(known.name);
    },
    [countries.data, language, pick, t],
  );

  /** `Goal 1`: short enough for a chart axis. */
  const goalShort = useCallback(
    (code: string | null | undefined) =>
      code === null || code === undefined ? t('funding.unattributed') : t('funding.goalNumber', { code }),
    [t],
  );

  const goal = useCallback(
    (code: string | null | undefined) => {
      const known = goals.find((item) => item.code === code);
      return known === undefined ? goalShort(code) : `${goalShort(code)}: ${pick(known.name)}`;
    },
    [goals, goalShort, pick],
  );

  const account = useCallback(
    (code: string | null | undefined) => {
      if (code === null || code === undefined) {
        return t('funding.noAccount');
      }
      const known = accounts.data?.find((item) => item.code === code);
      return known === undefined ? code : `${known.acronym} (${code})`;
    },
    [accounts.data, t],
  );

  const stage = useCallback((value: FundingStage) => pick(STAGE_LABELS[value]), [pick]);

  const transactionType = useCallback(
    (code: string) => {
      const known = TRANSACTION_TYPE_LABELS[code as keyof typeof TRANSACTION_TYPE_LABELS] as
        { es: string; en: string } | undefined;
      return known === undefined ? code : pick(known);
    },
    [pick],
  );

  return {
    countries: countries.data ?? [],
    goals,
    accounts: accounts.data ?? [],
    country,
    goal,
    goalShort,
    account,
    stage,
    transactionType,
  };
}
