// Đơn vị: browse the administrative tree as of any date, search it without accents, and (for
// administrators) create, edit, move, merge, import and export units.
import { Button, Checkbox, Grid, Group, Paper, ScrollArea, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { isAdmin, useMe } from "../lib/auth";
import { formatNumber, todayIso } from "../lib/format";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import { type Id, type OrgUnit, parseId } from "../lib/types";
import { exportUrl } from "./api";
import { ImportDialog } from "./ImportDialog";
import { MergeDialog } from "./MergeDialog";
import { MoveDialog } from "./MoveDialog";
import { OrgUnitDetailPanel } from "./OrgUnitDetailPanel";
import { OrgUnitFormDialog } from "./OrgUnitFormDialog";
import { OrgUnitTree } from "./OrgUnitTree";

type Dialog =
  | { kind: "create" }
  | { kind: "edit"; unit: OrgUnit }
  | { kind: "move"; unit: OrgUnit }
  | { kind: "merge"; unit?: OrgUnit }
  | { kind: "import" }
  | null;

export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = isAdmin(me);
  const [params, setParams] = useSearchParams();
  const selectedId = parseId(params.get("id"));
  const asOfParam = params.get("asOf");
  const asOf = asOfParam ?? todayIso();
  const [query, setQuery] = useState("");
  const [debouncedQuery] = useDebouncedValue(query, 200);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const list = useOrgUnitList({ asOf: asOfParam ?? undefined, includeInactive });
  const current = useOrgUnitList();
  const pickable = current.data ?? [];

  function updateParam(key: string, value: string | null) {
    setParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  }
  const select = (id: Id) => updateParam("id", String(id));
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t("nav.orgunits")}
        description={t("orgunits.description")}
        actions={
          <>
            {canEdit && (
              <>
                <Button onClick={() => setDialog({ kind: "create" })}>{t("orgunits.create")}</Button>
                <Button variant="default" onClick={() => setDialog({ kind: "merge" })}>
                  {t("orgunits.merge")}
                </Button>
                <Button variant="default" onClick={() => setDialog({ kind: "import" })}>
                  {t("orgunits.import")}
                </Button>
              </>
            )}
            <Button variant="default" component="a" href={exportUrl("csv", asOfParam ?? undefined)} download>
              {t("orgunits.exportCsv")}
            </Button>
            <Button variant="default" component="a" href={exportUrl("xlsx", asOfParam ?? undefined)} download>
              {t("orgunits.exportXlsx")}
            </Button>
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label={t("orgunits.search")}
            placeholder={t("orgunits.searchPlaceholder")}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={320}
          />
          <DateInput
            label={t("orgunits.asOf")}
            value={asOfParam}
            onChange={(value) => updateParam("asOf", value)}
            placeholder={t("orgunits.asOfToday")}
            w={170}
          />
          <Checkbox
            label={t("orgunits.includeInactive")}
            checked={includeInactive}
            onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
            mb={8}
          />
          {list.data && (
            <Text size="sm" c="dimmed" mb={8} aria-live="polite">
              {t("orgunits.count", { count: list.data.length, formatted: formatNumber(list.data.length) })}
            </Text>
          )}
        </Group>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="xs">
            <ScrollArea.Autosize mah="calc(100vh - 290px)" type="auto">
              {list.isError ? (
                <ErrorAlert error={list.error} focus={false} />
              ) : list.data ? (
                <OrgUnitTree
                  units={list.data}
                  query={debouncedQuery}
                  selectedId={selectedId}
                  onSelect={select}
                  asOf={asOf}
                />
              ) : (
                <Text size="sm" c="dimmed" p="sm">
                  {t("common.loading")}
                </Text>
              )}
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OrgUnitDetailPanel
            id={selectedId}
            asOf={asOf}
            onSelect={select}
            canEdit={canEdit}
            onEdit={(unit) => setDialog({ kind: "edit", unit })}
            onMove={(unit) => setDialog({ kind: "move", unit })}
            onMerge={(unit) => setDialog({ kind: "merge", unit })}
          />
        </Grid.Col>
      </Grid>

      {dialog?.kind === "create" && (
        <OrgUnitFormDialog
          units={pickable}
          defaultParentId={selectedId}
          onClose={close}
          onSaved={(unit) => {
            close();
            select(unit.id);
          }}
        />
      )}
      {dialog?.kind === "edit" && (
        <OrgUnitFormDialog unit={dialog.unit} units={pickable} onClose={close} onSaved={close} />
      )}
      {dialog?.kind === "move" && <MoveDialog unit={dialog.unit} units={pickable} onClose={close} />}
      {dialog?.kind === "merge" && (
        <MergeDialog
          units={pickable}
          initialSourceId={dialog.unit?.id}
          onClose={close}
          onMerged={(target) => {
            close();
            select(target.id);
          }}
        />
      )}
      {dialog?.kind === "import" && <ImportDialog onClose={close} />}
    </>
  );
}
