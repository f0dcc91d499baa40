// The spreadsheet-like table: units down, indicators across. Rows are memoised and receive only
// their own edits and problems, so typing in one cell re-renders one row of a province's grid.
import { Checkbox } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { type CellHandlers, GridCell } from "./GridCell";
import { type CellColumn, type CellProblem, cellKey, type GridUnit, inputKey, type Part } from "./grid-model";

export interface DataGridProps {
  rows: GridUnit[];
  columns: CellColumn[];
  edits: Record<string, Record<string, string>>;
  problemsByUnit: Record<string, CellProblem[]>;
  handlers: CellHandlers;
  selected: ReadonlySet<number>;
  onSelect: (unitId: number, checked: boolean) => void;
  caption: string;
}

interface RowProps {
  unit: GridUnit;
  row: number;
  columns: CellColumn[];
  rowEdits: Record<string, string> | undefined;
  problems: CellProblem[] | undefined;
  handlers: CellHandlers;
  selected: boolean;
  onSelect: (unitId: number, checked: boolean) => void;
}

const NO_PROBLEMS: CellProblem[] = [];

const GridRow = memo(function GridRow({
  unit,
  row,
  columns,
  rowEdits,
  problems,
  handlers,
  selected,
  onSelect,
}: RowProps) {
  const { t } = useTranslation();
  return (
    <tr data-unit={unit.code}>
      <td className="dh-grid-select">
        <Checkbox
          size="xs"
          checked={selected}
          onChange={(e) => onSelect(unit.id, e.currentTarget.checked)}
          aria-label={t("dataEntry.selectUnit", { name: unit.name })}
        />
      </td>
      <th scope="row" className="dh-grid-unit">
        <div>{unit.name}</div>
        <div className="dh-grid-meta dh-mono">{unit.code}</div>
      </th>
      {columns.map((column) => {
        const key = cellKey(column.indicator.code, unit.id, column.disagg);
        const texts: Partial<Record<Part, string>> = {};
        for (const part of column.parts) {
          const typed = rowEdits?.[inputKey(key, part)];
          if (typed !== undefined) texts[part] = typed;
        }
        const cellProblems = problems?.filter((p) => p.cell === key) ?? NO_PROBLEMS;
        return (
          <GridCell
            key={key}
            unit={unit}
            column={column}
            row={row}
            texts={texts}
            problems={cellProblems}
            handlers={handlers}
          />
        );
      })}
    </tr>
  );
});

export function DataGrid({
  rows,
  columns,
  edits,
  problemsByUnit,
  handlers,
  selected,
  onSelect,
  caption,
}: DataGridProps) {
  const { t } = useTranslation();
  // Header row 1: one cell per indicator (spanning its disaggregation options).
  const groups: { column: CellColumn; span: number }[] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last.column.indicator.id === column.indicator.id) last.span++;
    else groups.push({ column, span: 1 });
  }
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <div className="dh-grid-wrap">
      <table className="dh-grid">
        <caption className="dh-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th rowSpan={2} className="dh-grid-select">
              <Checkbox
                size="xs"
                checked={allSelected}
                indeterminate={!allSelected && rows.some((r) => selected.has(r.id))}
                onChange={(e) => {
                  for (const r of rows) onSelect(r.id, e.currentTarget.checked);
                }}
                aria-label={t("dataEntry.selectAll")}
              />
            </th>
            <th rowSpan={2} scope="col" className="dh-grid-unit">
              {t("dataEntry.unitColumn")}
            </th>
            {groups.map(({ column, span }) => (
              <th
                key={column.indicator.id}
                colSpan={span}
                scope="colgroup"
                className="dh-grid-ind"
                title={column.indicator.name}
              >
                <div className="dh-grid-ind-name">{column.indicator.name}</div>
                <div className="dh-grid-meta">
                  <span className="dh-mono">{column.indicator.code}</span>
                  {column.indicator.unit ? ` · ${column.indicator.unit}` : ""}
                </div>
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((column) => (
              <th key={`${column.indicator.id}-${column.disagg}`} scope="col" className="dh-grid-sub">
                {column.disaggName && column.parts.length === 1
                  ? column.disaggName
                  : `${column.disaggName ? `${column.disaggName}: ` : ""}${column.parts.map((part) => t(`dataEntry.partShort.${part}`)).join(" / ")}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((unit, index) => (
            <GridRow
              key={unit.id}
              unit={unit}
              row={index}
              columns={columns}
              rowEdits={edits[unit.id]}
              problems={problemsByUnit[unit.id]}
              handlers={handlers}
              selected={selected.has(unit.id)}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
