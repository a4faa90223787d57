import { configurationMapView } from '../configuration/configurationMap';
import { financeViews } from '../finance/financeViews';
import { licensingViews } from '../licensing/licensingViews';
import type { SummaryView } from './view';

/** Every summary view in the order its sheets are written; the Data Quality sheet is added last. */
export const SUMMARY_VIEWS: readonly SummaryView[] = [...financeViews, ...licensingViews, configurationMapView];
