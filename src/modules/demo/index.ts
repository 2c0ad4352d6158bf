export { loadDemoPortfolio, type DemoResult } from './load-demo-portfolio';
export { hasDemoEverLoaded } from './has-demo-ever-loaded';
export { DemoRandom } from './demo-random';
