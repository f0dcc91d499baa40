// Nhập số liệu: one period, the chosen unit and its child units, the indicators they report.
// Type, paste from Excel, move with arrows / Enter / Tab, save all changes at once; then send
// (gửi) and approve (phê duyệt) where the user's role allows.
import { Alert, Anchor, Button, Checkbox, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { useIndicatorGroups, useIndicatorList } from "../indicators/api";
import { labelOfPeriod } from "../indicators/format";
import { useMe } from "../lib/auth";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import type { Id } from "../lib/types";
import { type StatusAction, useEntryGrid } from "./api";
import { CellHistoryDrawer, type HistoryTarget } from "./CellHistoryDrawer";
import { DataGrid } from "./DataGrid";
import { buildCellColumns, type CellColumn, type GridUnit } from "./grid-model";
import { defaultPeriod, type EntryPeriodType, PeriodPicker, periodTypeOf } from "./PeriodPicker";
import { canOnUnit } from "./permissions";
import { StatusActions } from "./StatusActions";
import { useGridEditing } from "./useGridEditing";

const TYPE_ORDER: EntryPeriodType[] = ["month", "quarter", "year"];

export function DataEntryPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const scope = useScope();
  const [params, setParams] = useSearchParams();
  const period =
    (params.get("period") && periodTypeOf(params.get("period") as string) ? params.get("period") : null) ??
    defaultPeriod("month");
  const group = params.get("group");
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<Set<Id>>(new Set());
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  const catalogue = useIndicatorList();
  const groups = useIndicatorGroups();
  const orgUnits = useOrgUnitList();
  const grid = useEntryGrid(period, scope.unitId, group);
  const data = grid.data;

  const types = useMemo(() => {
    const present = new Set((catalogue.data ?? []).filter((i) => !i.formula).map((i) => i.periodType));
    const list = TYPE_ORDER.filter((type) => present.has(type));
    return list.length ? list : (["month"] as EntryPeriodType[]);
  }, [catalogue.data]);

  const setParam = (key: string, value: string | null) => {
    // Typed figures belong to one period: leaving them behind needs a yes.
    if (editing.dirtyCount > 0 && !window.confirm(t("dataEntry.confirmLeave", { count: editing.dirtyCount })))
      return;
    setParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  };

  // Only indicators some shown unit reports, and only units that report something, unless asked.
  const { rows, columns } = useMemo(() => {
    if (!data) return { rows: [] as GridUnit[], columns: [] as CellColumn[] };
    const reported = data.indicators.filter(
      (_, index) => showAll || data.units.some((u) => u.cells[index]?.expected),
    );
    const cols = buildCellColumns(reported).map((c) => ({
      ...c,
      indicatorIndex: data.indicators.indexOf(c.indicator),
    }));
    const units = data.units.filter((u) => showAll || cols.some((c) => u.cells[c.indicatorIndex]?.expected));
    return { rows: units, columns: cols };
  }, [data, showAll]);

  const openHistory = useCallback(
    (unit: GridUnit, column: CellColumn) => setHistory({ unit, column, period }),
    [period],
  );
  const gridKey = `${period}|${scope.unitId}|${group ?? ""}`;
  const editing = useGridEditing(data, rows, columns, gridKey, openHistory, grid.refetch);

  const pathOf = useMemo(() => {
    const map = new Map((orgUnits.data ?? []).map((u) => [u.id, u.path]));
    return (id: Id) => map.get(id);
  }, [orgUnits.data]);
  const allowed = useCallback(
    (unit: GridUnit, action: StatusAction) =>
      canOnUnit(me.grants, pathOf, action === "submit" ? "data.write" : "data.approve", unit.path),
    [me.grants, pathOf],
  );
  const onSelect = useCallback(
    (unitId: Id, checked: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (checked) next.add(unitId);
        else next.delete(unitId);
        return next;
      }),
    [],
  );
  const chosenRows = rows.filter((r) => selected.has(r.id));
  const actionRows = chosenRows.length ? chosenRows : rows;
  const periodLabel = labelOfPeriod(period, i18n.language);
  const canWriteAny = rows.some((r) => r.cells.some((c) => c.editable));

  return (
    <>
      <PageHeader
        title={t("dataEntry.title")}
        description={t("dataEntry.description")}
        actions={
          <Button variant="default" component={Link} to={withScope("/data/import", scope.unitId)}>
            {t("dataEntry.importFile")}
          </Button>
        }
      />
      <Paper withBorder p="sm" mb="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <PeriodPicker value={period} types={types} onChange={(code) => setParam("period", code)} />
          <Select
            label={t("ind.group")}
            placeholder={t("ind.allGroups")}
            data={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
            value={group}
            onChange={(v) => setParam("group", v)}
            clearable
            w={300}
          />
          <Checkbox
            label={t("dataEntry.showAll")}
            checked={showAll}
            onChange={(e) => setShowAll(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
      </Paper>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Button onClick={() => void editing.save()} loading={editing.saving} disabled={!canWriteAny}>
            {editing.dirtyCount ? t("dataEntry.saveN", { count: editing.dirtyCount }) : t("common.save")}
          </Button>
          <Button variant="default" onClick={editing.discard} disabled={!editing.dirtyCount}>
            {t("dataEntry.discard")}
          </Button>
          <Button
            variant="subtle"
            onClick={() => void grid.refetch()}
            loading={grid.isFetching && !grid.isLoading}
          >
            {t("dataEntry.reload")}
          </Button>
        </Group>
        {data && (
          <StatusActions
            units={actionRows}
            columns={columns}
            period={data.period}
            allowed={allowed}
            dirty={editing.dirtyCount > 0}
            scopeLabel={
              chosenRows.length
                ? t("dataEntry.forSelected", { count: chosenRows.length })
                : t("dataEntry.forAll")
            }
            onDone={() => void grid.refetch()}
          />
        )}
      </Group>
      <Stack gap="sm">
        {grid.isError && <ErrorAlert error={grid.error} focus={false} />}
        {editing.lastErrors.length > 0 && (
          <Alert color="red" title={t("dataEntry.errorsTitle", { count: editing.lastErrors.length })}>
            {t("dataEntry.errorsHint")}
          </Alert>
        )}
        {grid.isLoading && <Text c="dimmed">{t("common.loading")}</Text>}
        {data && rows.length === 0 && (
          <Paper withBorder p="lg">
            <Text size="sm">{t("dataEntry.empty", { period: periodLabel })}</Text>
          </Paper>
        )}
        {data && rows.length > 0 && (
          <DataGrid
            rows={rows}
            columns={columns}
            edits={editing.edits}
            problemsByUnit={editing.problemsByUnit}
            handlers={editing.handlers}
            selected={selected}
            onSelect={onSelect}
            caption={t("dataEntry.caption", { period: periodLabel, unit: scope.unit?.name ?? "" })}
          />
        )}
        <Text size="xs" c="dimmed">
          {t("dataEntry.keyboardHint")}{" "}
          <Anchor component={Link} to={withScope("/indicators", scope.unitId)} size="xs">
            {t("dataEntry.catalogueLink")}
          </Anchor>
        </Text>
      </Stack>
      <CellHistoryDrawer target={history} onClose={() => setHistory(null)} />
    </>
  );
}
