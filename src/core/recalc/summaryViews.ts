import { configurationMapView } from '../configuration/configurationMap';
import { dashboardView } from '../dashboard/dashboardView';
import { financeViews } from '../finance/financeViews';
import { licensingViews } from '../licensing/licensingViews';
import { lifecycleView } from '../lifecycle/lifecycleView';
import { reminderRecipientsView } from '../reminders/reminderRecipientsView';
import { riskViews } from '../risk/riskView';
import type { SummaryView } from './view';

/**
 * Every summary view in the order its sheets are written, and the Data Quality sheet is added last. The
 * Dashboard's sheet is marked `first`, so the adapters move it to the front wherever it is listed.
 */
export const SUMMARY_VIEWS: readonly SummaryView[] = [...financeViews, ...licensingViews, configurationMapView, ...riskViews, lifecycleView, dashboardView, reminderRecipientsView];
