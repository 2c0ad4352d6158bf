import type { Source, SourceInput, SourceKind, SourcePatch } from '@/web/api/sources';

/** A source as its form holds it: every field as typed, the interval empty for "only by hand". */
export interface SourceDraft {
  readonly name: string;
  readonly kind: SourceKind;
  readonly location: string;
  readonly publisher: string;
  readonly licence: string;
  readonly limitationsEs: string;
  readonly limitationsEn: string;
  readonly intervalHours: string;
}

export const EMPTY_SOURCE: SourceDraft = {
  name: '',
  kind: 'file_url',
  location: '',
  publisher: '',
  licence: '',
  limitationsEs: '',
  limitationsEn: '',
  intervalHours: '',
};

/** The API paths (without `body.`) that the form's fields show problems for. */
export const SOURCE_FIELD_KEYS = [
  'name',
  'kind',
  'location',
  'publisher',
  'licence',
  'limitations.es',
  'limitations.en',
  'intervalHours',
] as const;

export function sourceDraft(source: Source): SourceDraft {
  return {
    name: source.name,
    kind: source.kind,
    location: source.location,
    publisher: source.publisher,
    licence: source.licence,
    limitationsEs: source.limitations.es,
    limitationsEn: source.limitations.en,
    intervalHours: source.intervalHours === null ? '' : String(source.intervalHours),
  };
}

/**
 * The interval as the API takes it: null when empty; otherwise the number typed, or the text itself when it
 * is no number, so that the API's own message (in the reader's language) says what is wrong with it.
 */
function interval(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const hours = Number(trimmed);
  return Number.isFinite(hours) ? hours : (trimmed as unknown as number);
}

/** The body that registers the source. */
export function sourceInput(draft: SourceDraft): SourceInput {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    location: draft.location.trim(),
    publisher: draft.publisher.trim(),
    licence: draft.licence.trim(),
    limitations: { es: draft.limitationsEs.trim(), en: draft.limitationsEn.trim() },
    intervalHours: interval(draft.intervalHours),
  };
}

/**
 * Only what changed: a new kind or location makes the server forget the URLs' validators, so unchanged ones
 * are not sent.
 */
export function sourcePatch(draft: SourceDraft, source: Source): SourcePatch {
  const next = sourceInput(draft);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'kind', 'location', 'publisher', 'licence', 'intervalHours'] as const) {
    if (next[key] !== source[key]) {
      patch[key] = next[key];
    }
  }
  const limitations = next.limitations ?? { es: '', en: '' };
  if (limitations.es !== source.limitations.es || limitations.en !== source.limitations.en) {
    patch.limitations = limitations;
  }
  return patch;
}
