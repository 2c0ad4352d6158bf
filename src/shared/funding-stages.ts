/**
 * Transaction types: the IATI 2.03 TransactionType codes plus `AL`, the US allocation (funds a
 * programme receives from an appropriation before any obligation), which IATI has no code for.
 */
export const TRANSACTION_TYPES = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', 'AL',
] as const; // prettier-ignore
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** The stages of the money pipeline (allocation → obligation → disbursement → expenditure). */
export const FUNDING_STAGES = [
  'allocation',
  'obligation',
  'disbursement',
  'expenditure',
  'pledge',
  'incoming',
  'other',
] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

/**
 * Which stage a transaction type counts in. US obligations are published in IATI as Outgoing
 * Commitments (type 2), so commitments are the obligation stage.
 */
export function stageOf(type: string): FundingStage {
  switch (type) {
    case 'AL':
      return 'allocation';
    case '2':
      return 'obligation';
    case '3':
      return 'disbursement';
    case '4':
      return 'expenditure';
    case '12':
    case '13':
      return 'pledge';
    case '1':
    case '11':
      return 'incoming';
    default:
      return 'other';
  }
}

/** Types whose transaction records money arriving from someone else (the receiving side of a transfer). */
export const INCOMING_TYPES: readonly string[] = ['1', '11', '13'];

export const TRANSACTION_TYPE_LABELS: Record<TransactionType, { es: string; en: string }> = {
  '1': { es: 'Fondos recibidos', en: 'Incoming funds' },
  '2': { es: 'Compromiso (obligación)', en: 'Outgoing commitment (obligation)' },
  '3': { es: 'Desembolso', en: 'Disbursement' },
  '4': { es: 'Gasto', en: 'Expenditure' },
  '5': { es: 'Reembolso de intereses', en: 'Interest payment' },
  '6': { es: 'Reembolso de préstamo', en: 'Loan repayment' },
  '7': { es: 'Reintegro', en: 'Reimbursement' },
  '8': { es: 'Compra de acciones', en: 'Purchase of equity' },
  '9': { es: 'Venta de acciones', en: 'Sale of equity' },
  '10': { es: 'Garantía de crédito', en: 'Credit guarantee' },
  '11': { es: 'Compromiso recibido', en: 'Incoming commitment' },
  '12': { es: 'Promesa de contribución', en: 'Outgoing pledge' },
  '13': { es: 'Promesa recibida', en: 'Incoming pledge' },
  AL: { es: 'Asignación (EE. UU.)', en: 'Allocation (US)' },
};

export const STAGE_LABELS: Record<FundingStage, { es: string; en: string }> = {
  allocation: { es: 'Asignado', en: 'Allocated' },
  obligation: { es: 'Obligado', en: 'Obligated' },
  disbursement: { es: 'Desembolsado', en: 'Disbursed' },
  expenditure: { es: 'Gastado', en: 'Expended' },
  pledge: { es: 'Prometido', en: 'Pledged' },
  incoming: { es: 'Recibido', en: 'Received' },
  other: { es: 'Otros', en: 'Other' },
};
