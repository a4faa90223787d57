import { translate } from '../i18n';
import type { RecalcContext, SummaryView } from '../recalc/view';
import type { Lang } from '../registers/schema';
import type { OutputSheet, OutputValue } from '../workbook/port';
import { computeVendorSummaries, type VendorReport, type VendorSummary } from './vendorSummary';

export const VENDOR_SUMMARY_SHEET_ID = 'vendorSummary';

const SPEND_COLUMN = 7;

function vendorRow(lang: Lang, vendor: VendorSummary): OutputValue[] {
  return [
    vendor.vendor,
    translate(lang, vendor.listed ? 'vendors.listed.yes' : 'vendors.listed.no'),
    vendor.contactName ?? '',
    vendor.email.join(', '),
    vendor.activeContracts,
    vendor.annualCost,
    vendor.assetsSupplied,
    vendor.spendThisFiscalYear,
    vendor.nextRenewal === null ? null : { date: vendor.nextRenewal.deadline },
    vendor.nextRenewal?.contractId ?? '',
  ];
}

function buildSheet(context: RecalcContext, report: VendorReport): OutputSheet {
  const { lang } = context;
  const header = (key: string): string => translate(lang, `vendors.header.${key}`);

  return {
    id: VENDOR_SUMMARY_SHEET_ID,
    name: translate(lang, 'vendors.sheetName'),
    preamble: [
      translate(lang, 'vendors.preamble.asOf', { asOf: context.asOf, currency: report.currency }),
      translate(lang, 'vendors.preamble.spend', { fiscalYearStart: report.fiscalYearStart, fiscalYear: String(report.fiscalYear), asOf: context.asOf }),
    ],
    blocks: [
      {
        columns: [
          { header: header('vendor'), format: 'text', width: 180 },
          { header: header('listed'), format: 'text', width: 90 },
          { header: header('contactName'), format: 'text', width: 120 },
          { header: header('email'), format: 'text', width: 200 },
          { header: header('activeContracts'), format: 'integer', width: 90 },
          { header: header('annualCost'), format: 'money', width: 140 },
          { header: header('assetsSupplied'), format: 'integer', width: 90 },
          { header: header('spend'), format: 'money', width: 140 },
          { header: header('nextRenewalDeadline'), format: 'date', width: 110 },
          { header: header('nextRenewalContract'), format: 'text', width: 120 },
        ],
        rows: report.vendors.map((vendor) => vendorRow(lang, vendor)),
      },
    ],
    charts: [{ kind: 'bar', title: translate(lang, 'vendors.chart.spend'), labelColumn: 0, valueColumns: [SPEND_COLUMN], block: 0 }],
    protectionWarning: translate(lang, 'licensing.protection'),
  };
}

/** Vendor Summary sheet; JSON `vendors` with amounts in the workbook currency. */
export const vendorSummaryView: SummaryView = (context) => {
  const report = computeVendorSummaries(context);

  const vendors = report.vendors.map((vendor) => ({
    vendor: vendor.vendor,
    listed: vendor.listed,
    activeContracts: vendor.activeContracts,
    annualCost: vendor.annualCost,
    assetsSupplied: vendor.assetsSupplied,
    fiscalYear: report.fiscalYear,
    spendThisFiscalYear: vendor.spendThisFiscalYear,
    nextRenewalDeadline: vendor.nextRenewal?.deadline ?? null,
    nextRenewalContractId: vendor.nextRenewal?.contractId ?? null,
  }));

  return { sheets: [buildSheet(context, report)], json: { vendors }, findings: report.findings };
};
