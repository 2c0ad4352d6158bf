export {
  loadShares,
  SHARE_DIMENSIONS,
  type Share,
  type ShareDimension,
  type ActivityIds,
} from './activity-shares';
export { splitByShares, type SplitPart } from './split-shares';
export { APPROPRIATED, COUNTED } from './cube-parts';
export { addToFundingCube, maintainFundingCube, rebuildFundingCube } from './maintain-funding-cube';
