/**
 * IATI 1.0x codes and their 2.0x equivalents. IATI publishes no machine-readable mapping; this one is
 * written from the 1.05 and 2.01 codelists (docs/IATI.md lists it). Codes already in 2.0x form pass through.
 */

/** TransactionType: 1.0x letters → 2.0x numbers. PE/SE were renamed QP/QS in 1.03. */
const TRANSACTION_TYPES: Readonly<Record<string, string>> = {
  IF: '1', // Incoming Funds
  C: '2', // Commitment → Outgoing Commitment
  D: '3', // Disbursement
  E: '4', // Expenditure
  IR: '5', // Interest Repayment
  LR: '6', // Loan Repayment
  R: '7', // Reimbursement
  QP: '8', // Purchase of Equity
  PE: '8',
  QS: '9', // Sale of Equity
  SE: '9',
  CG: '10', // Credit Guarantee
};

/** OrganisationRole: 1.0x words → 2.0x numbers. */
const ORGANISATION_ROLES: Readonly<Record<string, string>> = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
};

/** ActivityDateType: 1.0x words → 2.0x numbers. */
const ACTIVITY_DATE_TYPES: Readonly<Record<string, string>> = {
  'start-planned': '1',
  'start-actual': '2',
  'end-planned': '3',
  'end-actual': '4',
};

/** SectorVocabulary: 1.0x acronyms → 2.0x numbers (others, e.g. RO, are kept as published). */
const SECTOR_VOCABULARIES: Readonly<Record<string, string>> = { DAC: '1', 'DAC-3': '2' };

/** A code in its 2.0x form; `undefined` in, `undefined` out. */
const mapper =
  (table: Readonly<Record<string, string>>, normalise: (code: string) => string) =>
  (code: string | undefined): string | undefined =>
    code === undefined ? undefined : (table[normalise(code)] ?? code);

export const transactionTypeV2 = mapper(TRANSACTION_TYPES, (code) => code.toUpperCase());
export const organisationRoleV2 = mapper(ORGANISATION_ROLES, (code) => code.toLowerCase());
export const activityDateTypeV2 = mapper(ACTIVITY_DATE_TYPES, (code) => code.toLowerCase());
export const sectorVocabularyV2 = mapper(SECTOR_VOCABULARIES, (code) => code.toUpperCase());
