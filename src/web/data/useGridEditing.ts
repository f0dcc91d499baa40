// Editing state of the data-entry grid: typed texts per row, problems per row, keyboard moves,
// block paste, and saving the changed cells in one all-or-nothing request.
import { useQueryClient } from "@tanstack/react-query";
import {
  type ClipboardEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { useNotify } from "../components/notify";
import { INDICATORS_KEY } from "../indicators/api";
import { errorMessage } from "../lib/errors";
import { DATA_KEY, writeValues } from "./api";
import { type CellHandlers, inputId, revealInGrid } from "./GridCell";
import {
  type CellColumn,
  type CellProblem,
  cellKey,
  collectChanges,
  columnOfInput,
  type Edits,
  type GridResponse,
  type GridUnit,
  inputCount,
  inputKey,
  isCellDirty,
  type Move,
  nextPosition,
  type Part,
  pasteBlock,
  problemsAtCells,
} from "./grid-model";
import { isBlockPaste, parseClipboardBlock } from "./number-text";

function focusInput(row: number, col: number): boolean {
  const element = document.getElementById(inputId(row, col));
  if (!element) return false;
  // The browser's own scrolling would leave the cell under the sticky unit column.
  element.focus({ preventScroll: true });
  revealInGrid(element);
  return true;
}

function caretAtEdge(input: HTMLInputElement, edge: "start" | "end"): boolean {
  const { selectionStart, selectionEnd, value } = input;
  if (selectionStart === null || selectionEnd === null) return true;
  if (selectionStart === 0 && selectionEnd === value.length) return true;
  return edge === "start" ? selectionEnd === 0 : selectionStart === value.length;
}

export interface GridEditing {
  edits: Edits;
  problemsByUnit: Record<string, CellProblem[]>;
  handlers: CellHandlers;
  dirtyCount: number;
  saving: boolean;
  save: () => Promise<void>;
  discard: () => void;
  lastErrors: CellProblem[];
}

export function useGridEditing(
  grid: GridResponse | undefined,
  rows: GridUnit[],
  columns: CellColumn[],
  gridKey: string,
  onHistory: (unit: GridUnit, column: CellColumn) => void,
  refetch: () => Promise<unknown>,
): GridEditing {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ key: string; edits: Edits; problems: CellProblem[] }>({
    key: gridKey,
    edits: {},
    problems: [],
  });
  const [saving, setSaving] = useState(false);
  // Edits belong to one period and unit: switching either starts clean.
  const current = state.key === gridKey ? state : { key: gridKey, edits: {}, problems: [] };
  const latest = useRef({ rows, columns, grid, onHistory });
  latest.current = { rows, columns, grid, onHistory };

  const problemsByUnit = useMemo(() => {
    const out: Record<string, CellProblem[]> = {};
    for (const p of current.problems) {
      const unitId = p.cell.split("|")[1];
      const list = out[unitId] ?? [];
      list.push(p);
      out[unitId] = list;
    }
    return out;
  }, [current.problems]);

  const dirtyCount = useMemo(() => {
    if (!grid) return 0;
    let n = 0;
    for (const unit of grid.units) {
      if (!current.edits[unit.id]) continue;
      for (const column of columns) if (isCellDirty(current.edits, unit, column)) n++;
    }
    return n;
  }, [current.edits, grid, columns]);

  const setTexts = useCallback(
    (changes: { unitId: number; key: string; text: string | null }[]) => {
      setState((prev) => {
        const base = prev.key === gridKey ? prev : { key: gridKey, edits: {}, problems: [] };
        const edits = { ...base.edits };
        const touched = new Set<string>();
        for (const { unitId, key, text } of changes) {
          const row = { ...edits[unitId] };
          if (text === null) delete row[key];
          else row[key] = text;
          edits[unitId] = row;
          touched.add(key.split("|").slice(0, 3).join("|"));
        }
        // A cell being corrected loses its old problems.
        return { key: gridKey, edits, problems: base.problems.filter((p) => !touched.has(p.cell)) };
      });
    },
    [gridKey],
  );

  const handlers = useMemo<CellHandlers>(() => {
    const exists = (row: number, col: number) => document.getElementById(inputId(row, col)) !== null;
    const move = (row: number, col: number, direction: Move) => {
      const { rows: r, columns: c } = latest.current;
      const target = nextPosition({ row, col }, direction, r.length, inputCount(c), exists);
      return target ? focusInput(target.row, target.col) : false;
    };
    return {
      onEdit: (unitId, key, text) => setTexts([{ unitId, key, text }]),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>, row, col, unit, column) => {
        const input = event.currentTarget;
        const key = event.key;
        let moved = false;
        if (key === "ArrowUp") moved = move(row, col, "up") || true;
        else if (key === "ArrowDown") moved = move(row, col, "down") || true;
        else if (key === "ArrowLeft" && caretAtEdge(input, "start")) moved = move(row, col, "left") || true;
        else if (key === "ArrowRight" && caretAtEdge(input, "end")) moved = move(row, col, "right") || true;
        else if (key === "Enter") moved = move(row, col, event.shiftKey ? "up" : "down") || true;
        else if (key === "Tab") moved = move(row, col, event.shiftKey ? "previous" : "next");
        else if (key === "Escape") {
          // Back to the stored figure, like leaving a spreadsheet cell without confirming.
          const part = (input.dataset.part ?? "value") as Part;
          setTexts([
            {
              unitId: unit.id,
              key: inputKey(cellKey(column.indicator.code, unit.id, column.disagg), part),
              text: null,
            },
          ]);
        } else if ((key === "h" || key === "H") && event.altKey) {
          latest.current.onHistory(unit, column);
          moved = true;
        }
        if (moved) event.preventDefault();
      },
      onPaste: (event: ClipboardEvent<HTMLInputElement>, row, col) => {
        const text = event.clipboardData.getData("text/plain");
        if (!isBlockPaste(text)) return;
        event.preventDefault();
        const { rows: r, columns: c } = latest.current;
        const writable = (rr: number, cc: number) => {
          const element = document.getElementById(inputId(rr, cc)) as HTMLInputElement | null;
          return element !== null && !element.readOnly;
        };
        const { targets, skipped } = pasteBlock(
          parseClipboardBlock(text),
          { row, col },
          r.length,
          inputCount(c),
          writable,
        );
        const changes = targets.flatMap(({ row: rr, col: cc, text: value }) => {
          const owner = columnOfInput(c, cc);
          const unit = r[rr];
          if (!owner || !unit) return [];
          return [
            {
              unitId: unit.id,
              key: inputKey(cellKey(owner.column.indicator.code, unit.id, owner.column.disagg), owner.part),
              text: value,
            },
          ];
        });
        setTexts(changes);
        notify(
          skipped
            ? t("dataEntry.pastedSkipped", { count: changes.length, skipped })
            : t("dataEntry.pasted", { count: changes.length }),
          "blue",
        );
      },
      onHistory: (unit, column) => latest.current.onHistory(unit, column),
    };
  }, [setTexts, notify, t]);

  const focusProblem = useCallback((problem: CellProblem | undefined) => {
    if (!problem) return;
    const [code, unitId, disagg] = problem.cell.split("|");
    const { rows: r, columns: c } = latest.current;
    const row = r.findIndex((u) => String(u.id) === unitId);
    const column = c.find((col) => col.indicator.code === code && col.disagg === disagg);
    if (row < 0 || !column) return;
    const offset = problem.part ? Math.max(0, column.parts.indexOf(problem.part)) : 0;
    // After React paints the problem list.
    setTimeout(() => focusInput(row, column.firstInput + offset), 0);
  }, []);

  const save = useCallback(async () => {
    if (!grid) return;
    const {
      rows: pending,
      cells,
      problems: local,
    } = collectChanges(current.edits, grid.units, columns, grid.period, (text) =>
      t("dataEntry.notANumber", { text }),
    );
    if (local.length) {
      setState({ key: gridKey, edits: current.edits, problems: local });
      notify(t("dataEntry.fixErrors", { count: local.length }), "red");
      focusProblem(local[0]);
      return;
    }
    if (!pending.length) {
      notify(t("dataEntry.nothingToSave"), "blue");
      return;
    }
    setSaving(true);
    try {
      const result = await writeValues(pending);
      if (result.errors.length) {
        const placed = problemsAtCells(cells, result.errors, "error");
        setState({
          key: gridKey,
          edits: current.edits,
          problems: [...placed, ...problemsAtCells(cells, result.warnings, "warning")],
        });
        notify(t("dataEntry.saveRefused", { count: result.errors.length }), "red");
        focusProblem(placed[0]);
        return;
      }
      await refetch();
      setState({ key: gridKey, edits: {}, problems: problemsAtCells(cells, result.warnings, "warning") });
      void queryClient.invalidateQueries({ queryKey: [...INDICATORS_KEY, "overview"] });
      void queryClient.invalidateQueries({ queryKey: [...DATA_KEY, "history"] });
      notify(
        result.warnings.length
          ? t("dataEntry.savedWithWarnings", {
              inserted: result.inserted,
              updated: result.updated,
              warnings: result.warnings.length,
            })
          : t("dataEntry.saved", { inserted: result.inserted, updated: result.updated }),
        result.warnings.length ? "blue" : "green",
      );
    } catch (error) {
      notify(errorMessage(error), "red");
    } finally {
      setSaving(false);
    }
  }, [grid, current.edits, columns, gridKey, t, notify, refetch, queryClient, focusProblem]);

  const discard = useCallback(() => setState({ key: gridKey, edits: {}, problems: [] }), [gridKey]);

  // Leaving the page with unsaved figures asks first.
  useEffect(() => {
    if (!dirtyCount) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirtyCount]);

  return {
    edits: current.edits,
    problemsByUnit,
    handlers,
    dirtyCount,
    saving,
    save,
    discard,
    lastErrors: current.problems.filter((p) => p.kind === "error"),
  };
}
