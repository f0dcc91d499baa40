// One entry cell of the grid: its input (a ratio has numerator and denominator and shows the
// computed rate), the previous period's figure, the target, the status, and any problem the
// server found, announced with the input (aria-describedby).
import type { ClipboardEvent, KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatValue, formatWithUnit } from "../indicators/format";
import { formatNumber } from "../lib/format";
import {
  type CellColumn,
  type CellProblem,
  cellKey,
  type GridUnit,
  inputKey,
  isCellWritable,
  type Part,
  ratioPreview,
  type StoredValue,
  storedOf,
} from "./grid-model";
import { numberToText } from "./number-text";

export interface CellHandlers {
  onEdit: (unitId: number, key: string, text: string) => void;
  onKeyDown: (
    event: KeyboardEvent<HTMLInputElement>,
    row: number,
    col: number,
    unit: GridUnit,
    column: CellColumn,
  ) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>, row: number, col: number) => void;
  onHistory: (unit: GridUnit, column: CellColumn) => void;
}

export const inputId = (row: number, col: number) => `dg-${row}-${col}`;

/** Scrolls the grid so the input's cell is clear of the sticky header and unit column. */
export function revealInGrid(input: HTMLElement): void {
  const wrap = input.closest<HTMLElement>(".dh-grid-wrap");
  const cell = input.closest("td");
  if (!wrap || !cell) return;
  const box = wrap.getBoundingClientRect();
  const rect = cell.getBoundingClientRect();
  const stickyRight = wrap.querySelector("thead .dh-grid-unit")?.getBoundingClientRect().right ?? box.left;
  const stickyBottom = wrap.querySelector("thead")?.getBoundingClientRect().bottom ?? box.top;
  if (rect.left < stickyRight) wrap.scrollLeft -= stickyRight - rect.left;
  else if (rect.right > box.right)
    wrap.scrollLeft += Math.min(rect.right - box.right, rect.left - stickyRight);
  if (rect.top < stickyBottom) wrap.scrollTop -= stickyBottom - rect.top;
  else if (rect.bottom > box.bottom) wrap.scrollTop += rect.bottom - box.bottom;
}

const COMPARATOR: Record<string, string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  between: "∈",
};

function storedText(stored: StoredValue | null, column: CellColumn): string {
  if (!stored) return "—";
  const ind = column.indicator;
  if (ind.aggregation === "ratio") {
    if (stored.numerator === null || stored.denominator === null) return "—";
    const rate =
      stored.value === null ? "" : ` (${formatValue(stored.value, ind)}${ind.unit === "%" ? "%" : ""})`;
    return `${formatNumber(stored.numerator)}/${formatNumber(stored.denominator)}${rate}`;
  }
  return stored.value === null ? "—" : formatValue(stored.value, ind);
}

export interface GridCellProps {
  unit: GridUnit;
  column: CellColumn;
  row: number;
  texts: Partial<Record<Part, string>>;
  problems: CellProblem[];
  handlers: CellHandlers;
}

export function GridCell({ unit, column, row, texts, problems, handlers }: GridCellProps) {
  const { t } = useTranslation();
  const cell = unit.cells[column.indicatorIndex];
  if (!cell?.expected) {
    return (
      <td className="dh-grid-cell dh-grid-na" title={t("dataEntry.notReported")}>
        <span aria-hidden="true">—</span>
      </td>
    );
  }
  const ind = column.indicator;
  const stored = storedOf(unit, column);
  const previous = storedOf(unit, column, "previous");
  const writable = isCellWritable(unit, column);
  const key = cellKey(ind.code, unit.id, column.disagg);
  const textFor = (part: Part) => texts[part] ?? numberToText(stored ? stored[part] : null);
  const dirty = column.parts.some(
    (part) => texts[part] !== undefined && texts[part]?.trim() !== numberToText(stored ? stored[part] : null),
  );
  const hasError = problems.some((p) => p.kind === "error");
  const describedBy = problems.length ? `${key}-problems` : undefined;
  const status = stored?.status;
  const labelBase = `${ind.name} – ${unit.name}${column.disaggName ? ` – ${column.disaggName}` : ""}`;
  const partLabel = (part: Part) =>
    part === "value" ? labelBase : `${labelBase} – ${t(`dataEntry.part.${part}`)}`;
  const preview =
    ind.aggregation === "ratio"
      ? ratioPreview(textFor("numerator"), textFor("denominator"), ind.scale)
      : null;

  return (
    <td
      className="dh-grid-cell"
      data-dirty={dirty || undefined}
      data-error={hasError || undefined}
      data-warning={!hasError && problems.length > 0 ? true : undefined}
      data-locked={status === "approved" || undefined}
    >
      <div className="dh-grid-inputs">
        {column.parts.map((part, offset) => {
          const col = column.firstInput + offset;
          const partProblems = problems.filter((p) => p.part === part || (p.part === null && offset === 0));
          return (
            <input
              key={part}
              id={inputId(row, col)}
              className="dh-grid-input"
              data-part={part}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              aria-label={partLabel(part)}
              aria-invalid={partProblems.some((p) => p.kind === "error") || undefined}
              aria-describedby={describedBy}
              readOnly={!writable}
              value={textFor(part)}
              placeholder={part === "value" ? "" : t(`dataEntry.partShort.${part}`)}
              onChange={(e) => handlers.onEdit(unit.id, inputKey(key, part), e.currentTarget.value)}
              onFocus={(e) => {
                // Typing replaces the figure, as in a spreadsheet; the click that focused keeps the selection.
                e.currentTarget.select();
                e.currentTarget.dataset.justFocused = "1";
                revealInGrid(e.currentTarget);
              }}
              onMouseUp={(e) => {
                if (e.currentTarget.dataset.justFocused) e.preventDefault();
                delete e.currentTarget.dataset.justFocused;
              }}
              onBlur={(e) => {
                delete e.currentTarget.dataset.justFocused;
              }}
              onKeyDown={(e) => handlers.onKeyDown(e, row, col, unit, column)}
              onPaste={(e) => handlers.onPaste(e, row, col)}
            />
          );
        })}
        {ind.aggregation === "ratio" && (
          <span className="dh-grid-ratio" aria-live="polite">
            {preview === null ? "" : `= ${formatValue(preview, ind)}${ind.unit === "%" ? "%" : ""}`}
          </span>
        )}
      </div>
      <div className="dh-grid-meta">
        <span title={t("dataEntry.previousValue")}>
          {t("dataEntry.prevShort")}: {storedText(previous, column)}
        </span>
        {cell.target && (
          <span title={t("dataEntry.targetValue")}>
            {" · "}
            {t("dataEntry.targetShort")} {COMPARATOR[cell.target.comparator] ?? cell.target.comparator}{" "}
            {formatWithUnit(cell.target.value, ind)}
          </span>
        )}
      </div>
      <div className="dh-grid-meta">
        {status && (
          <span className={`dh-grid-status dh-status-${status}`}>{t(`dataEntry.status.${status}`)}</span>
        )}
        {!writable && status !== "approved" && (
          <span className="dh-grid-status">{t("dataEntry.readOnly")}</span>
        )}
        {stored && (
          <button
            type="button"
            className="dh-grid-history"
            tabIndex={-1}
            onClick={() => handlers.onHistory(unit, column)}
            aria-label={t("dataEntry.historyOf", { label: labelBase })}
            title={t("dataEntry.historyHint")}
          >
            {t("dataEntry.history")}
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="dh-grid-problems" id={describedBy}>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems of one cell have no id
            <li key={i} data-kind={p.kind}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
