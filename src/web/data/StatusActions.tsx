// Gửi (submit), Phê duyệt (approve, which locks) and Bỏ phê duyệt (unapprove) for the stored
// figures of the selected units (all shown units when none is selected). Only the actions the
// user's roles allow are shown, each with the number of figures it would change.
import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNotify } from "../components/notify";
import { errorMessage } from "../lib/errors";
import { changeStatus, type StatusAction, type StatusKey } from "./api";
import { type CellColumn, type DataStatus, type GridUnit, storedOf } from "./grid-model";

const FROM: Record<StatusAction, DataStatus[]> = {
  submit: ["draft"],
  approve: ["draft", "submitted"],
  unapprove: ["approved"],
};

export function keysFor(
  action: StatusAction,
  units: GridUnit[],
  columns: CellColumn[],
  period: string,
  allowed: (unit: GridUnit, action: StatusAction) => boolean,
): StatusKey[] {
  const keys: StatusKey[] = [];
  for (const unit of units) {
    if (!allowed(unit, action)) continue;
    for (const column of columns) {
      const cell = unit.cells[column.indicatorIndex];
      const stored = storedOf(unit, column);
      if (!cell?.expected || !stored || !FROM[action].includes(stored.status)) continue;
      if (action === "submit" && !cell.editable) continue;
      keys.push({ indicator: column.indicator.code, orgUnit: unit.code, period, disagg: column.disagg });
    }
  }
  return keys;
}

export interface StatusActionsProps {
  units: GridUnit[];
  columns: CellColumn[];
  period: string;
  allowed: (unit: GridUnit, action: StatusAction) => boolean;
  dirty: boolean;
  scopeLabel: string;
  onDone: () => void;
}

export function StatusActions({
  units,
  columns,
  period,
  allowed,
  dirty,
  scopeLabel,
  onDone,
}: StatusActionsProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [running, setRunning] = useState<StatusAction | null>(null);
  const actions: StatusAction[] = ["submit", "approve", "unapprove"];
  const shown = actions.filter((action) => units.some((unit) => allowed(unit, action)));
  if (shown.length === 0) return null;

  async function run(action: StatusAction, keys: StatusKey[]) {
    setRunning(action);
    try {
      const { changed } = await changeStatus(action, keys);
      notify(t(`dataEntry.statusDone.${action}`, { count: changed }));
      onDone();
    } catch (error) {
      notify(errorMessage(error), "red");
    } finally {
      setRunning(null);
    }
  }

  return (
    <Group gap="xs" align="center">
      <Text size="sm" c="dimmed">
        {scopeLabel}
      </Text>
      {shown.map((action) => {
        const keys = keysFor(action, units, columns, period, allowed);
        return (
          <Button
            key={action}
            size="sm"
            variant={action === "approve" ? "filled" : "light"}
            color={action === "unapprove" ? "orange" : action === "approve" ? "green" : undefined}
            disabled={keys.length === 0 || dirty}
            title={dirty ? t("dataEntry.saveFirst") : undefined}
            loading={running === action}
            onClick={() => void run(action, keys)}
          >
            {t(`dataEntry.action.${action}`, { count: keys.length })}
          </Button>
        );
      })}
    </Group>
  );
}
