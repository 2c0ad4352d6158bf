import type { FieldProblem } from '@/web/api/api-problem';

/** A failed submission's field problems, split between the form's own fields and the rest. */
export interface FormProblems {
  /** The message of each field the form shows, by field key (`name.es`, `grants.0.role`). */
  readonly fields: Readonly<Record<string, string>>;
  /** Problems whose path is not one of the form's fields: they are shown above the form. */
  readonly other: readonly FieldProblem[];
}

/** `body.name.es` → `name.es`: the API names request parts; forms name their fields. */
export function fieldKeyOf(path: string): string {
  return path.replace(/^body(\.|$)/, '');
}

/**
 * Maps each problem to the field it is about, when the form has that field (`fieldKeys`, or any key for which
 * `hasField` answers true); several problems of one field are joined.
 */
export function splitFieldProblems(
  errors: readonly FieldProblem[],
  hasField: readonly string[] | ((key: string) => boolean),
): FormProblems {
  const known = typeof hasField === 'function' ? hasField : (key: string) => hasField.includes(key);
  const fields: Record<string, string> = {};
  const other: FieldProblem[] = [];
  for (const error of errors) {
    const key = fieldKeyOf(error.path);
    if (!known(key)) {
      other.push(error);
      continue;
    }
    fields[key] = fields[key] === undefined ? error.message : `${fields[key]} ${error.message}`;
  }
  return { fields, other };
}

/** The problems under `prefix` (e.g. `organisation.`), keyed without it: for a group of fields. */
export function problemsUnder(
  fields: Readonly<Record<string, string>>,
  prefix: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, message]) => [key.slice(prefix.length), message]),
  );
}
