import type { PipelineFigures } from '@/web/api/funding';
import type { FundingStage } from '@/shared/funding-stages';

/** The four stage figures of the pipeline, in the order money moves through them. */
export const STAGE_FIGURES = ['allocated', 'obligated', 'disbursed', 'expended'] as const;
export type StageFigure = (typeof STAGE_FIGURES)[number];

/** The balances the pipeline derives from the stage figures. */
export const BALANCE_FIGURES = ['unobligated', 'unliquidated'] as const;

/** The stage each figure sums (its label comes from STAGE_LABELS). */
export const FIGURE_STAGE: Record<StageFigure, FundingStage> = {
  allocated: 'allocation',
  obligated: 'obligation',
  disbursed: 'disbursement',
  expended: 'expenditure',
};

/** Okabe–Ito colours, told apart by most colour-blind readers, one per stage. */
export const STAGE_COLORS: Record<StageFigure, string> = {
  allocated: '#56b4e9',
  obligated: '#0072b2',
  disbursed: '#e69f00',
  expended: '#009e73',
};

/** A labelled row of pipeline figures: one goal, country or fiscal year. */
export interface PipelineLine {
  readonly key: string;
  readonly label: string;
  /** A shorter label for chart axes; the table shows `label`. */
  readonly shortLabel: string;
  readonly figures: PipelineFigures;
}
