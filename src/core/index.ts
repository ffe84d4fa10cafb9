export { analyse, analyseSteps } from './analyse';
export type * from './types';
