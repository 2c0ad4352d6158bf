import type { Activity, ActivityInput } from '@/web/api/activities';
import { numberOf } from './draft-numbers';

export interface ShareDraft {
  readonly code: string;
  readonly percentage: string;
}
export interface LocationDraft {
  readonly country: string;
  readonly subdivisionCode: string;
  readonly name: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly percentage: string;
}
export interface DocumentDraft {
  readonly url: string;
  readonly titleEs: string;
  readonly titleEn: string;
}

/** An activity as its form holds it: texts as typed (numbers too), lists as rows. */
export interface ActivityDraft {
  readonly level: string;
  readonly parentId: string;
  readonly reportingOrgId: string;
  readonly iatiIdentifier: string;
  readonly title: { readonly es: string; readonly en: string };
  readonly description: { readonly es: string; readonly en: string };
  readonly objectives: { readonly es: string; readonly en: string };
  readonly status: string;
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly actualStart: string;
  readonly actualEnd: string;
  readonly defaultCurrency: string;
  readonly participants: readonly { readonly organisationId: string; readonly role: string }[];
  readonly sectors: readonly ShareDraft[];
  readonly recipientCountries: readonly ShareDraft[];
  readonly locations: readonly LocationDraft[];
  /** CARSI goals (`carsi` framework) and ESCA components (`esca`). */
  readonly goals: readonly ShareDraft[];
  readonly components: readonly ShareDraft[];
  readonly documents: readonly DocumentDraft[];
  /** Comma-separated. */
  readonly tags: string;
}

const EMPTY_TEXT = { es: '', en: '' };

export const EMPTY_ACTIVITY: ActivityDraft = {
  level: 'activity',
  parentId: '',
  reportingOrgId: '',
  iatiIdentifier: '',
  title: EMPTY_TEXT,
  description: EMPTY_TEXT,
  objectives: EMPTY_TEXT,
  status: '1',
  plannedStart: '',
  plannedEnd: '',
  actualStart: '',
  actualEnd: '',
  defaultCurrency: 'USD',
  participants: [],
  sectors: [],
  recipientCountries: [],
  locations: [],
  goals: [],
  components: [],
  documents: [],
  tags: '',
};

const text = (value: number | null) => (value === null ? '' : String(value));
const shares = (items: readonly { code: string; percentage: number }[]) =>
  items.map((item) => ({ code: item.code, percentage: String(item.percentage) }));
const elements = (activity: Activity, framework: string) =>
  shares(
    activity.attributions
      .filter((item) => item.framework === framework)
      .map((item) => ({ code: item.element, percentage: item.percentage })),
  );

export function activityDraft(activity: Activity): ActivityDraft {
  return {
    ...EMPTY_ACTIVITY,
    ...{ level: activity.level, status: activity.status, defaultCurrency: activity.defaultCurrency },
    parentId: activity.parentId ?? '',
    reportingOrgId: activity.reportingOrgId,
    iatiIdentifier: activity.iatiIdentifier ?? '',
    title: activity.title,
    description: activity.description,
    objectives: activity.objectives,
    plannedStart: activity.plannedStart ?? '',
    plannedEnd: activity.plannedEnd ?? '',
    actualStart: activity.actualStart ?? '',
    actualEnd: activity.actualEnd ?? '',
    participants: activity.participants.map(({ organisationId, role }) => ({ organisationId, role })),
    sectors: shares(activity.sectors),
    recipientCountries: shares(activity.recipientCountries),
    locations: activity.locations.map((location) => ({
      country: location.subdivisionCode.slice(0, 2),
      subdivisionCode: location.subdivisionCode,
      name: location.name,
      latitude: text(location.latitude),
      longitude: text(location.longitude),
      percentage: String(location.percentage),
    })),
    goals: elements(activity, 'carsi'),
    components: elements(activity, 'esca'),
    documents: activity.documents.map((document) => ({
      url: document.url,
      titleEs: document.title.es,
      titleEn: document.title.en,
    })),
    tags: activity.tags.join(', '),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The request body. Lists are sent whole; attributions are the goals, then the components, then
 * `keep` (attributions to other frameworks, which this form does not edit).
 */
export function activityInput(draft: ActivityDraft, keep: Activity['attributions'] = []): ActivityInput {
  const attribution = (framework: string) => (share: ShareDraft) => ({
    framework,
    element: share.code,
    percentage: numberOf(share.percentage),
  });
  return {
    level: draft.level as ActivityInput['level'],
    parentId: orNull(draft.parentId),
    reportingOrgId: draft.reportingOrgId,
    iatiIdentifier: orNull(draft.iatiIdentifier),
    title: draft.title,
    description: draft.description,
    objectives: draft.objectives,
    status: draft.status,
    plannedStart: orNull(draft.plannedStart),
    plannedEnd: orNull(draft.plannedEnd),
    actualStart: orNull(draft.actualStart),
    actualEnd: orNull(draft.actualEnd),
    defaultCurrency: draft.defaultCurrency,
    participants: [...draft.participants],
    sectors: draft.sectors.map((share) => ({ code: share.code, percentage: numberOf(share.percentage) })),
    recipientCountries: draft.recipientCountries.map((share) => ({
      code: share.code,
      percentage: numberOf(share.percentage),
    })),
    locations: draft.locations.map((location) => ({
      subdivisionCode: location.subdivisionCode,
      name: location.name.trim(),
      latitude: location.latitude.trim() === '' ? null : numberOf(location.latitude),
      longitude: location.longitude.trim() === '' ? null : numberOf(location.longitude),
      percentage: numberOf(location.percentage),
    })),
    attributions: [
      ...draft.goals.map(attribution('carsi')),
      ...draft.components.map(attribution('esca')),
      ...keep,
    ],
    documents: draft.documents.map((document) => ({
      url: document.url.trim(),
      title: { es: document.titleEs.trim(), en: document.titleEn.trim() },
    })),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  };
}
