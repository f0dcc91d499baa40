import { describe, expect, it } from "vitest";
import type { Indicator } from "../indicators/api";
import {
  buildCellColumns,
  collectChanges,
  columnOfInput,
  type Edits,
  type GridUnit,
  inputCount,
  nextPosition,
  pasteBlock,
  problemsAtCells,
  ratioPreview,
} from "./grid-model";
import { isBlockPaste, numberToText, parseClipboardBlock, parseNumberText } from "./number-text";

const base = {
  unit: "",
  valueType: "number",
  periodType: "month",
  formula: null,
  direction: "up",
  decimals: 1,
  scale: 1,
  minValue: null,
  maxValue: null,
  numeratorLabel: null,
  denominatorLabel: null,
  reporterKinds: ["ward"],
  disaggregation: null,
  dueDays: 10,
  ownerUnitId: null,
  monitorUnitId: null,
  source: null,
  definition: null,
  isPublic: false,
  active: true,
  version: 1,
  groups: [],
  updatedAt: "",
} as const;

const RATIO = {
  ...base,
  id: 1,
  code: "R",
  name: "Tỷ lệ",
  aggregation: "ratio",
  scale: 100,
} as unknown as Indicator;
const COUNT = { ...base, id: 2, code: "C", name: "Số", aggregation: "sum" } as unknown as Indicator;
const SPLIT = {
  ...base,
  id: 3,
  code: "S",
  name: "Theo giới",
  aggregation: "sum",
  disaggregation: {
    dimension: "Giới tính",
    options: [
      { code: "NAM", name: "Nam" },
      { code: "NU", name: "Nữ" },
    ],
  },
} as unknown as Indicator;

function unit(
  id: number,
  code: string,
  stored: Partial<
    Record<
      "R" | "C",
      { value?: number; numerator?: number; denominator?: number; version: number; status?: string }
    >
  >,
): GridUnit {
  const cell = (code: "R" | "C" | "S") => {
    const s = code === "S" ? undefined : stored[code];
    return {
      indicator: code,
      expected: true,
      editable: true,
      current: s
        ? [
            {
              i: 0,
              u: id,
              period: "202610",
              disagg: "",
              value: s.value ?? null,
              numerator: s.numerator ?? null,
              denominator: s.denominator ?? null,
              status: (s.status ?? "draft") as "draft",
              version: s.version,
              comment: null,
            },
          ]
        : [],
      previous: [],
      target: null,
    };
  };
  return { id, code, name: code, kind: "ward", path: `/1/${id}/`, cells: [cell("R"), cell("C"), cell("S")] };
}

describe("numbers typed and pasted", () => {
  it("reads vi-VN and machine numbers and refuses words", () => {
    expect(parseNumberText("1.234,5")).toBe(1234.5);
    expect(parseNumberText("1.234")).toBe(1234);
    expect(parseNumberText("12,75")).toBe(12.75);
    expect(parseNumberText("12.5")).toBe(12.5);
    expect(parseNumberText(" 3 787 ")).toBe(3787);
    expect(parseNumberText("")).toBeNull();
    expect(parseNumberText("mười")).toBe("bad");
    expect(parseNumberText("1,2,3")).toBe("bad");
  });

  it("round-trips stored values through their input text", () => {
    for (const value of [0, 3787, 1234.5, 0.125, 2400.7, 1234567.891])
      expect(parseNumberText(numberToText(value))).toBe(value);
  });

  it("splits an Excel block into rows and cells", () => {
    expect(parseClipboardBlock("1\t2\r\n3\t4\r\n")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(isBlockPaste("12\n")).toBe(false);
    expect(isBlockPaste("1\t2")).toBe(true);
  });
});

describe("grid model", () => {
  const columns = buildCellColumns([RATIO, COUNT, SPLIT]);

  it("gives a ratio two inputs and a disaggregated indicator one cell per option", () => {
    expect(columns.map((c) => [c.indicator.code, c.disagg, c.parts.join("+"), c.firstInput])).toEqual([
      ["R", "", "numerator+denominator", 0],
      ["C", "", "value", 2],
      ["S", "NAM", "value", 3],
      ["S", "NU", "value", 4],
    ]);
    expect(inputCount(columns)).toBe(5);
    expect(columnOfInput(columns, 1)).toMatchObject({ part: "denominator" });
  });

  it("sends only changed cells, with the version each was read at", () => {
    const units = [
      unit(10, "P-A", {
        R: { numerator: 40, denominator: 50, value: 80, version: 3 },
        C: { value: 7, version: 2 },
      }),
      unit(11, "P-B", {}),
    ];
    const edits: Edits = {
      10: { "R|10||numerator": "45", "C|10||value": "7" },
      11: { "C|11||value": "1.234,5", "S|11|NU|value": "3" },
    };
    const { rows, cells, problems } = collectChanges(edits, units, columns, "202610", (t) => `"${t}"`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { indicator: "R", orgUnit: "P-A", period: "202610", numerator: 45, denominator: 50, version: 3 },
      { indicator: "C", orgUnit: "P-B", period: "202610", value: 1234.5, version: 0 },
      { indicator: "S", orgUnit: "P-B", period: "202610", disagg: "NU", value: 3, version: 0 },
    ]);
    expect(cells).toEqual(["R|10|", "C|11|", "S|11|NU"]);
    const mapped = problemsAtCells(
      cells,
      [{ row: 2, column: "value", code: "DATA_OUTLIER", message: "!" }],
      "warning",
    );
    expect(mapped).toEqual([
      { cell: "C|11|", part: "value", code: "DATA_OUTLIER", message: "!", kind: "warning" },
    ]);
  });

  it("stops at text that is not a number and skips approved cells", () => {
    const units = [unit(10, "P-A", { C: { value: 7, version: 2, status: "approved" } })];
    const edits: Edits = { 10: { "C|10||value": "8", "R|10||numerator": "abc" } };
    const { rows, problems } = collectChanges(edits, units, columns, "202610", (t) => `bad ${t}`);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { cell: "R|10|", part: "numerator", code: "DATA_NOT_A_NUMBER", message: "bad abc", kind: "error" },
    ]);
  });

  it("previews a ratio while typing", () => {
    expect(ratioPreview("405", "525", 100)).toBeCloseTo(77.142857, 5);
    expect(ratioPreview("1", "0", 100)).toBeNull();
    expect(ratioPreview("", "5", 100)).toBeNull();
  });

  it("pastes a block from the focused input and skips what cannot be written", () => {
    const block = parseClipboardBlock("1\t2\t3\n4\t5\t6\n");
    const result = pasteBlock(block, { row: 0, col: 3 }, 2, 5, (r, c) => !(r === 1 && c === 4));
    expect(result.targets).toEqual([
      { row: 0, col: 3, text: "1" },
      { row: 0, col: 4, text: "2" },
      { row: 1, col: 3, text: "4" },
    ]);
    expect(result.skipped).toBe(3);
  });

  it("moves between inputs, skipping holes and wrapping on Tab", () => {
    const holes = new Set(["0,1", "1,0"]);
    const exists = (r: number, c: number) => !holes.has(`${r},${c}`);
    expect(nextPosition({ row: 0, col: 0 }, "right", 2, 3, exists)).toEqual({ row: 0, col: 2 });
    expect(nextPosition({ row: 0, col: 0 }, "down", 2, 3, exists)).toBeNull();
    expect(nextPosition({ row: 0, col: 2 }, "next", 2, 3, exists)).toEqual({ row: 1, col: 1 });
    expect(nextPosition({ row: 1, col: 1 }, "previous", 2, 3, exists)).toEqual({ row: 0, col: 2 });
    expect(nextPosition({ row: 1, col: 2 }, "up", 2, 3, exists)).toEqual({ row: 0, col: 2 });
  });
});
