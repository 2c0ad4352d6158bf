import { List, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/web/components/section';
import { fundingQuery, type FundingFilters } from './funding-filters';
import { RawFigures } from './raw-figures';

const RULES = ['shares', 'passThrough', 'usd', 'stages', 'balances'] as const;

/** How the dashboard counts, and the same selection summed as reported for reconciliation. */
export function CountingNote({ filters }: { readonly filters: FundingFilters }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState(false);
  return (
    <Section title={t('funding.counting.title')} testId="funding-counting">
      <List size="sm" spacing={6}>
        {RULES.map((rule) => (
          <List.Item key={rule}>{t(`funding.counting.${rule}`)}</List.Item>
        ))}
      </List>
      <Switch
        checked={raw}
        onChange={(event) => setRaw(event.currentTarget.checked)}
        label={t('funding.raw.toggle')}
        description={t('funding.raw.hint')}
        data-testid="funding-raw-toggle"
      />
      {raw ? <RawFigures query={fundingQuery(filters)} /> : null}
    </Section>
  );
}
