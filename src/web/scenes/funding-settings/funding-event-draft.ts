import type { FundingEventInput, FundingEventKind } from '@/web/api/funding-settings';
import type { ChosenActivity } from './chosen-activities';

export const EVENT_KINDS: readonly FundingEventKind[] = [
  'suspension',
  'reprogramming',
  'rescission',
  'resumption',
  'cut',
  'increase',
];

export const TEXT_KEYS = ['title.es', 'title.en', 'description.es', 'description.en'] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** Whether the form shows the problems of an API path (without `body.`) next to a field. */
export const isEventField = (key: string) =>
  key === 'kind' ||
  key === 'eventDate' ||
  key.startsWith('activityIds') ||
  (TEXT_KEYS as readonly string[]).includes(key);

/** An event as its form holds it. */
export interface EventDraft {
  readonly kind: string;
  readonly eventDate: string;
  readonly texts: Readonly<Record<TextKey, string>>;
  readonly activities: readonly ChosenActivity[];
}

export const EMPTY_EVENT: EventDraft = {
  kind: '',
  eventDate: '',
  texts: { 'title.es': '', 'title.en': '', 'description.es': '', 'description.en': '' },
  activities: [],
};

/** The request body. */
export function eventInput(draft: EventDraft): FundingEventInput {
  const text = (key: TextKey) => draft.texts[key].trim();
  return {
    kind: draft.kind as FundingEventKind,
    eventDate: draft.eventDate,
    title: { es: text('title.es'), en: text('title.en') },
    description: { es: text('description.es'), en: text('description.en') },
    activityIds: draft.activities.map((activity) => activity.id),
  };
}
