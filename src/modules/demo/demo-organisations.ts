/** The fictional demo portfolio's organisations. Names end in "(demo)" so no one mistakes them for real. */
export interface DemoOrganisation {
  readonly key: string;
  readonly name: { es: string; en: string };
  readonly type: string;
  readonly countryCode: string | null;
  readonly fiscalYearStartMonth: number;
  readonly currency: string;
  /** Accounts its transactions are charged to (US agencies only). */
  readonly accounts?: readonly string[];
  readonly role: 'donor' | 'implementer' | 'government';
}

const demo = (es: string, en: string) => ({ es: `${es} (demo)`, en: `${en} (demo)` });

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'INL', name: demo('Departamento de Estado de EE. UU. — INL', 'US Department of State — INL'), type: '10', countryCode: 'US', fiscalYearStartMonth: 10, currency: 'USD', accounts: ['11x1022', '11x1075', '11x1082'], role: 'donor' },
  { key: 'USAID', name: demo('USAID', 'USAID'), type: '10', countryCode: 'US', fiscalYearStartMonth: 10, currency: 'USD', accounts: ['72x1037'], role: 'donor' },
  { key: 'EU', name: demo('Unión Europea — DG INTPA', 'European Union — DG INTPA'), type: '40', countryCode: null, fiscalYearStartMonth: 1, currency: 'EUR', role: 'donor' },
  { key: 'AECID', name: demo('España — AECID', 'Spain — AECID'), type: '10', countryCode: 'ES', fiscalYearStartMonth: 1, currency: 'EUR', role: 'donor' },
  { key: 'GAC', name: demo('Canadá — Global Affairs', 'Canada — Global Affairs'), type: '10', countryCode: 'CA', fiscalYearStartMonth: 4, currency: 'CAD', role: 'donor' },
  { key: 'IDB', name: demo('Banco Interamericano de Desarrollo', 'Inter-American Development Bank'), type: '40', countryCode: null, fiscalYearStartMonth: 1, currency: 'USD', role: 'donor' },
  { key: 'AMEXCID', name: demo('México — AMEXCID', 'Mexico — AMEXCID'), type: '10', countryCode: 'MX', fiscalYearStartMonth: 1, currency: 'MXN', role: 'donor' },
  { key: 'APC', name: demo('Colombia — APC-Colombia', 'Colombia — APC-Colombia'), type: '10', countryCode: 'CO', fiscalYearStartMonth: 1, currency: 'COP', role: 'donor' },
  { key: 'SICA', name: demo('Secretaría General del SICA', 'SICA General Secretariat'), type: '40', countryCode: 'SV', fiscalYearStartMonth: 1, currency: 'USD', role: 'donor' },
  { key: 'UNODC', name: demo('UNODC', 'UNODC'), type: '40', countryCode: null, fiscalYearStartMonth: 1, currency: 'USD', role: 'donor' },
  { key: 'UNDP', name: demo('PNUD', 'UNDP'), type: '40', countryCode: null, fiscalYearStartMonth: 1, currency: 'USD', role: 'donor' },
  { key: 'FJS', name: demo('Fundación Juventud Segura', 'Safe Youth Foundation'), type: '22', countryCode: 'HN', fiscalYearStartMonth: 1, currency: 'USD', role: 'implementer' },
  { key: 'ICJ', name: demo('Instituto Centroamericano de Justicia', 'Central American Justice Institute'), type: '23', countryCode: 'GT', fiscalYearStartMonth: 1, currency: 'USD', role: 'implementer' },
  { key: 'CSCA', name: demo('Soluciones Comunitarias Centroamérica', 'Community Solutions Central America'), type: '70', countryCode: 'US', fiscalYearStartMonth: 1, currency: 'USD', role: 'implementer' },
  { key: 'GOV-BZ', name: demo('Ministerio de Seguridad Nacional de Belice', 'Ministry of National Security of Belize'), type: '10', countryCode: 'BZ', fiscalYearStartMonth: 4, currency: 'BZD', role: 'government' },
  { key: 'GOV-CR', name: demo('Ministerio de Seguridad Pública de Costa Rica', 'Ministry of Public Security of Costa Rica'), type: '10', countryCode: 'CR', fiscalYearStartMonth: 1, currency: 'CRC', role: 'government' },
  { key: 'GOV-SV', name: demo('Ministerio de Justicia y Seguridad Pública de El Salvador', 'Ministry of Justice and Public Security of El Salvador'), type: '10', countryCode: 'SV', fiscalYearStartMonth: 1, currency: 'USD', role: 'government' },
  { key: 'GOV-GT', name: demo('Ministerio de Gobernación de Guatemala', 'Ministry of the Interior of Guatemala'), type: '10', countryCode: 'GT', fiscalYearStartMonth: 1, currency: 'GTQ', role: 'government' },
  { key: 'GOV-HN', name: demo('Secretaría de Seguridad de Honduras', 'Ministry of Security of Honduras'), type: '10', countryCode: 'HN', fiscalYearStartMonth: 1, currency: 'HNL', role: 'government' },
  { key: 'GOV-NI', name: demo('Ministerio de Gobernación de Nicaragua', 'Ministry of the Interior of Nicaragua'), type: '10', countryCode: 'NI', fiscalYearStartMonth: 1, currency: 'NIO', role: 'government' },
  { key: 'GOV-PA', name: demo('Ministerio de Seguridad Pública de Panamá', 'Ministry of Public Security of Panama'), type: '10', countryCode: 'PA', fiscalYearStartMonth: 1, currency: 'PAB', role: 'government' },
]; // prettier-ignore
