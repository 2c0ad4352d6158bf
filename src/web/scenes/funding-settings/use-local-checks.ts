import { useEffect, useRef, useState } from 'react';

/**
 * Problems a form finds before sending (a field left empty), by field key, and the form's ref: when they
 * appear, the first field with one takes focus (the API's problems focus the form's alert instead).
 */
export function useLocalChecks() {
  const [local, setLocal] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [local]);
  /** Shows `problems` and answers whether the form may be sent (there are none). */
  const check = (problems: Record<string, string>) => {
    setLocal(problems);
    return Object.keys(problems).length === 0;
  };
  return { local, check, form };
}
