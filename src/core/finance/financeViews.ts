import type { SummaryView } from '../recalc/view';
import { budgetView } from './budgetView';
import { depreciationView } from './depreciationView';
import { roiView } from './roiView';
import { tcoView } from './tcoView';

/** The finance summary views in sheet order: TCO, Depreciation, ROI, Budget vs Actual. */
export const financeViews: SummaryView[] = [tcoView, depreciationView, roiView, budgetView];

export { budgetView, depreciationView, roiView, tcoView };
