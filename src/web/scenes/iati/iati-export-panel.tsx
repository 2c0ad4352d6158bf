import { Alert, Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { iatiExportHref, type WorkflowState } from '@/web/api/iati';
import { useCountries } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';

const STATES = ['draft', 'submitted', 'approved', 'published'] as const satisfies readonly WorkflowState[];
// Legends read like the labels of the other fields.
const LEGEND = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } };

function isState(value: string): value is WorkflowState {
  return (STATES as readonly string[]).includes(value);
}

/**
 * Chooses which activities an IATI 2.03 XML export holds (workflow states, countries, demonstration data)
 * and offers the download as a plain link, which carries the session cookie.
 */
export function IatiExportPanel() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const countries = useCountries();
  const [states, setStates] = useState<WorkflowState[]>(['published']);
  const [chosenCountries, setChosenCountries] = useState<string[]>([]);
  const [includeDemo, setIncludeDemo] = useState(false);

  return (
    <Stack gap="md" data-testid="iati-export">
      <Text size="sm">{t('iati.export.intro')}</Text>
      <Fieldset legend={t('iati.export.states')} variant="unstyled" styles={LEGEND}>
        <Checkbox.Group value={states} onChange={(values) => setStates(values.filter(isState))}>
          <Group gap="lg" mt={6}>
            {STATES.map((state) => (
              <Checkbox key={state} value={state} label={t(`activities.workflowStates.${state}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Fieldset>
      <Fieldset legend={t('iati.export.countries')} variant="unstyled" styles={LEGEND}>
        <Text size="xs" c="dimmed">
          {t('iati.export.countriesHint')}
        </Text>
        <Checkbox.Group value={chosenCountries} onChange={setChosenCountries}>
          <Group gap="md" mt={6}>
            {(countries.data ?? []).map((country) => (
              <Checkbox key={country.code} value={country.code} label={pick(country.name)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Fieldset>
      <Checkbox
        label={t('iati.export.includeDemo')}
        checked={includeDemo}
        onChange={(event) => setIncludeDemo(event.currentTarget.checked)}
      />
      {states.length === 0 ? (
        <Alert color="orange" variant="light" role="status">
          {t('iati.export.noState')}
        </Alert>
      ) : (
        <Button
          component="a"
          href={iatiExportHref({ workflowStates: states, countries: chosenCountries, includeDemo })}
          download
          variant="outline"
          style={{ alignSelf: 'flex-start' }}
          data-testid="iati-export-link"
        >
          {t('iati.export.download')}
        </Button>
      )}
    </Stack>
  );
}
