import type { RecalcContext, SummaryView, ViewResult } from '../recalc/view';
import type { OutputBlock, OutputSheet, OutputValue } from '../workbook/port';
import { monthLabel } from './cashFlow';
import { financeSheetWriter, percentText, type FinanceSheetWriter } from './financeSheet';
import { computeRoi, type RoiResult } from './roi';

/** Builds the ROI sheet: ROI, payback and NPV per investment, and the monthly cash flows they come from. */
export const roiView: SummaryView = (context: RecalcContext): ViewResult => {
  const result = computeRoi(context);
  const writer = financeSheetWriter(context);
  const { text, money } = writer;

  const sheet: OutputSheet = {
    id: 'roi',
    name: text('finance.roi.sheetName'),
    preamble: [
      ...writer.preamble(),
      text('finance.roi.rule'),
      text('finance.roi.rulePayback'),
      text('finance.roi.ruleNpv', { annualRate: percentText(result.annualDiscountRate), monthlyRate: percentText(result.monthlyDiscountRate) }),
    ],
    blocks: [investmentBlock(writer, result), flowBlock(writer, result)],
    protectionWarning: text('finance.protection'),
  };

  return {
    sheets: [sheet],
    json: {
      roi: result.investments.map((line) => ({
        investment: line.investment,
        cost: money(line.cost),
        benefit: money(line.benefit),
        roi: line.roi,
        paybackMonths: line.paybackMonths,
        npv: money(line.npv),
      })),
    },
    findings: [],
  };
};

function investmentBlock(writer: FinanceSheetWriter, result: RoiResult): OutputBlock {
  const { text, money } = writer;
  return {
    title: text('finance.roi.block.investments'),
    columns: [
      { header: text('finance.roi.header.investment'), format: 'text' },
      { header: text('finance.roi.header.cost'), format: 'money' },
      { header: text('finance.roi.header.benefit'), format: 'money' },
      { header: text('finance.roi.header.net'), format: 'money' },
      { header: text('finance.roi.header.roi'), format: 'percent' },
      { header: text('finance.roi.header.firstMonth'), format: 'text' },
      { header: text('finance.roi.header.payback'), format: 'integer' },
      { header: text('finance.roi.header.npv'), format: 'money' },
    ],
    rows: result.investments.map((line): OutputValue[] => [
      line.investment,
      money(line.cost),
      money(line.benefit),
      money(line.benefit - line.cost),
      line.roi,
      line.flows.length === 0 ? null : monthLabel(line.flows[0].month),
      line.paybackMonths,
      money(line.npv),
    ]),
  };
}

/** One row per investment and month, with the cumulative net and discounting, so payback and NPV can be checked by hand. */
function flowBlock(writer: FinanceSheetWriter, result: RoiResult): OutputBlock {
  const { text, money } = writer;
  const rows: OutputValue[][] = [];
  for (const line of result.investments) {
    let cumulative = 0;
    line.flows.forEach((flow, index) => {
      const net = flow.benefit - flow.cost;
      const discountFactor = 1 / Math.pow(1 + result.monthlyDiscountRate, index);
      cumulative += net;
      rows.push([
        line.investment,
        monthLabel(flow.month),
        index + 1,
        money(flow.cost),
        money(flow.benefit),
        money(net),
        money(cumulative),
        discountFactor,
        money(net * discountFactor),
      ]);
    });
  }

  return {
    title: text('finance.roi.block.flows'),
    columns: [
      { header: text('finance.roi.header.investment'), format: 'text' },
      { header: text('finance.roi.header.month'), format: 'text' },
      { header: text('finance.roi.header.monthNumber'), format: 'integer' },
      { header: text('finance.roi.header.cost'), format: 'money' },
      { header: text('finance.roi.header.benefit'), format: 'money' },
      { header: text('finance.roi.header.net'), format: 'money' },
      { header: text('finance.roi.header.cumulative'), format: 'money' },
      { header: text('finance.roi.header.discountFactor'), format: 'number' },
      { header: text('finance.roi.header.presentValue'), format: 'money' },
    ],
    rows,
  };
}
