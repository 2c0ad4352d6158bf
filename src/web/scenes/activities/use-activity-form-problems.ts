import { useFormProblems } from '@/web/hooks/use-form-problems';
import type { ActivityDraft } from './activity-draft';

/** The API paths (without `body.`) the form shows next to a field, and the lists whose rows it shows. */
const FIELDS = [
  'level',
  'parentId',
  'reportingOrgId',
  'iatiIdentifier',
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'defaultCurrency',
  'tags',
];
const GROUPS = [
  'title',
  'description',
  'objectives',
  'participants',
  'sectors',
  'recipientCountries',
  'locations',
  'attributions',
  'documents',
];

function hasField(key: string): boolean {
  return (
    FIELDS.includes(key.split('.')[0] ?? '') ||
    GROUPS.some((group) => key === group || key.startsWith(`${group}.`))
  );
}

/**
 * `attributions.3.percentage` → `components.1.percentage`: the API numbers the goals, then the components
 * (as `activityInput` sends them); the form shows them in two lists.
 */
export function formKeyOf(key: string, draft: ActivityDraft): string {
  const match = /^attributions\.(\d+)(\..+)?$/.exec(key);
  if (match === null) {
    return key;
  }
  const index = Number(match[1]);
  const rest = match[2] ?? '';
  if (index < draft.goals.length) {
    return `goals.${index}${rest}`;
  }
  const component = index - draft.goals.length;
  return component < draft.components.length ? `components.${component}${rest}` : 'attributions';
}

/** A failed save's problems by form field (local number checks win), and the rest for the summary. */
export function useActivityFormProblems(
  error: unknown,
  draft: ActivityDraft,
  local: Readonly<Record<string, string>>,
) {
  const problems = useFormProblems(error, hasField);
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(problems.fields)) {
    const formKey = formKeyOf(key, draft);
    fields[formKey] = fields[formKey] === undefined ? message : `${fields[formKey]} ${message}`;
  }
  const merged = { ...fields, ...local };
  return { fields: merged, other: problems.other, hasFieldErrors: Object.keys(merged).length > 0 };
}
