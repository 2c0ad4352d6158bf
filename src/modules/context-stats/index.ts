export {
  HomicideRatesOutput,
  HomicideRatesQuery,
  PopulationOutput,
  PopulationQuery,
  StatisticDatasetOutput,
} from './statistic.schemas';
export { listHomicideRates } from './list-homicide-rates';
export { listPopulation } from './list-population';
export { listStatisticDatasets } from './list-statistic-datasets';
export { loadStatistics, statisticReferenceFiles } from './load-statistics';
