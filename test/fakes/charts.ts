import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeRange } from './range';
import type { ChartPosition, ChartState, RangeRef, SheetState } from './sheetState';

/** The Charts.ChartType enum; values are the enum names. */
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

export const Charts = { ChartType };

export class FakeChartOptions {
  constructor(
    readonly env: FakeEnvironment,
    private readonly options: ReadonlyMap<string, unknown>,
  ) {}

  get(option: string): unknown {
    return this.options.has(option) ? this.options.get(option) : null;
  }
}

export class FakeContainerInfo {
  constructor(
    readonly env: FakeEnvironment,
    private readonly position: ChartPosition,
  ) {}

  getAnchorRow(): number {
    return this.position.anchorRow;
  }

  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class FakeEmbeddedChart {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: ChartState,
  ) {}

  getChartId(): number {
    return this.state.id;
  }

  getId(): string {
    return `chart-${this.state.id}`;
  }

  getRanges(): FakeRange[] {
    return this.state.ranges.map((ref) => new FakeRange(this.env, ref));
  }

  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this.env, this.state.options);
  }

  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo(this.env, this.state.position);
  }

  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.env, this.state.sheet, this.state);
  }
}

export class FakeEmbeddedChartBuilder {
  private readonly id: number;
  private chartType: string;
  private ranges: RangeRef[];
  private readonly options: Map<string, unknown>;
  private position: ChartPosition;
  private numHeaders: number;

  constructor(
    readonly env: FakeEnvironment,
    private readonly sheet: SheetState,
    initial: ChartState | null = null,
  ) {
    this.id = initial?.id ?? env.nextSequence();
    this.chartType = initial?.chartType ?? ChartType.LINE;
    this.ranges = [...(initial?.ranges ?? [])];
    this.options = new Map(initial?.options ?? []);
    this.position = initial?.position ?? { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
    this.numHeaders = initial?.numHeaders ?? -1;
  }

  addRange(range: FakeRange): this {
    this.ranges.push(range.ref);
    return this;
  }

  removeRange(range: FakeRange): this {
    const ref = range.ref;
    this.ranges = this.ranges.filter(
      (item) => !(item.sheet === ref.sheet && item.row === ref.row && item.column === ref.column && item.numRows === ref.numRows && item.numColumns === ref.numColumns),
    );
    return this;
  }

  clearRanges(): this {
    this.ranges = [];
    return this;
  }

  getRanges(): FakeRange[] {
    return this.ranges.map((ref) => new FakeRange(this.env, ref));
  }

  setChartType(type: string): this {
    if (!Object.values(ChartType).includes(type as never)) {
      throw new Error(`Unknown chart type ${String(type)}: use Charts.ChartType.`);
    }
    this.chartType = type;
    return this;
  }

  getChartType(): string {
    return this.chartType;
  }

  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }

  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }

  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }

  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }

  setTitle(title: string): this {
    this.options.set('title', title);
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.options.set(option, value);
    return this;
  }

  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }

  /** Anchors the chart's top-left corner at a 1-based cell, shifted by pixel offsets. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (!Number.isInteger(anchorRowPos) || !Number.isInteger(anchorColPos) || anchorRowPos < 1 || anchorColPos < 1) {
      throw new Error(`Invalid chart anchor (${anchorRowPos}, ${anchorColPos}): rows and columns start at 1.`);
    }
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.env, {
      id: this.id,
      sheet: this.sheet,
      chartType: this.chartType,
      ranges: [...this.ranges],
      options: new Map(this.options),
      position: this.position,
      numHeaders: this.numHeaders,
    });
  }
}

countCalls(FakeChartOptions, 'ChartOptions');
countCalls(FakeContainerInfo, 'ContainerInfo');
countCalls(FakeEmbeddedChart, 'EmbeddedChart');
countCalls(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');
