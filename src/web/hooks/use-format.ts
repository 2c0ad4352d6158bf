import { useMemo } from 'react';
import { createFormatters, type Formatters } from '@/web/utils/format';
import { useLanguage } from './use-language';

/** Number and year formatters for the current UI language. */
export function useFormat(): Formatters {
  const { language } = useLanguage();
  return useMemo(() => createFormatters(language), [language]);
}
