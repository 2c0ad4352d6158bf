import { describe, expect, it } from 'vitest';
import type { Source } from '@/web/api/sources';
import { EMPTY_SOURCE, sourceDraft, sourceInput, sourcePatch } from './source-draft';

const SOURCE: Source = {
  id: '0190',
  name: 'usaid-panama',
  kind: 'file_url',
  location: 'https://example.org/usaid-pa.xml',
  publisher: 'USAID',
  licence: 'CC0 1.0',
  limitations: { es: 'Parcial', en: 'Partial' },
  intervalHours: 24,
  status: 'ok',
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  version: 3,
  fileCount: 1,
  reconciliationStatus: 'reconciled',
};

describe('source draft', () => {
  it('trims what was typed and sends an empty interval as "only by hand"', () => {
    const draft = {
      ...EMPTY_SOURCE,
      name: ' usaid ',
      location: ' https://x.org/a.xml ',
      publisher: 'USAID',
      licence: 'CC0',
    };
    expect(sourceInput(draft)).toEqual({
      name: 'usaid',
      kind: 'file_url',
      location: 'https://x.org/a.xml',
      publisher: 'USAID',
      licence: 'CC0',
      limitations: { es: '', en: '' },
      intervalHours: null,
    });
  });

  it('sends an interval that is no number as typed, for the API to explain', () => {
    expect(sourceInput({ ...EMPTY_SOURCE, intervalHours: '12' }).intervalHours).toBe(12);
    expect(sourceInput({ ...EMPTY_SOURCE, intervalHours: 'daily' }).intervalHours).toBe('daily');
  });

  it('patches only the fields that changed, the limitations as a pair', () => {
    const draft = sourceDraft(SOURCE);
    expect(sourcePatch(draft, SOURCE)).toEqual({});
    expect(sourcePatch({ ...draft, intervalHours: '', limitationsEn: 'Partial data' }, SOURCE)).toEqual({
      intervalHours: null,
      limitations: { es: 'Parcial', en: 'Partial data' },
    });
  });
});
