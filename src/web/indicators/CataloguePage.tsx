// The indicator catalogue: accent-insensitive search, group filter, and (for those who manage
// the catalogue) create, edit, version history, XLSX import and export.
import { Anchor, Badge, Button, Checkbox, Group, Paper, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { hasRole, useMe } from "../lib/auth";
import { formatNumber } from "../lib/format";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import { CATALOGUE_EXPORT_URL, type Indicator, useIndicatorGroups, useIndicatorList } from "./api";
import { CatalogueImportDialog } from "./CatalogueImportDialog";
import { IndicatorFormDialog } from "./IndicatorFormDialog";
import { searchIndicators } from "./search";
import { VersionHistoryDialog } from "./VersionHistoryDialog";

type Dialog =
  | { kind: "create" }
  | { kind: "edit"; item: Indicator }
  | { kind: "versions"; item: Indicator }
  | { kind: "import" }
  | null;

export function CataloguePage() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = hasRole(me, ["admin", "office"]);
  const { unitId } = useScope();
  const [params, setParams] = useSearchParams();
  const group = params.get("group");
  const [query, setQuery] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(query, 150);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useIndicatorList(includeInactive);
  const groups = useIndicatorGroups();
  const units = useOrgUnitList();
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const groupName = useMemo(() => new Map((groups.data ?? []).map((g) => [g.code, g.name])), [groups.data]);

  const shown = useMemo(
    () =>
      searchIndicators(
        (list.data ?? []).filter((item) => !group || item.groups.includes(group)),
        debounced,
      ),
    [list.data, group, debounced],
  );

  function setGroup(value: string | null) {
    setParams((next) => {
      if (value) next.set("group", value);
      else next.delete("group");
      return next;
    });
  }

  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title={t("ind.catalogueTitle")}
        description={t("ind.catalogueDescription")}
        actions={
          <>
            {canManage && (
              <>
                <Button onClick={() => setDialog({ kind: "create" })}>{t("ind.create")}</Button>
                <Button variant="default" onClick={() => setDialog({ kind: "import" })}>
                  {t("ind.import")}
                </Button>
              </>
            )}
            <Button variant="default" component="a" href={CATALOGUE_EXPORT_URL} download>
              {t("ind.exportXlsx")}
            </Button>
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label={t("ind.search")}
            placeholder={t("ind.searchPlaceholder")}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={340}
          />
          <Select
            label={t("ind.group")}
            placeholder={t("ind.allGroups")}
            data={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
            value={group}
            onChange={setGroup}
            clearable
            w={340}
          />
          <Checkbox
            label={t("ind.includeInactive")}
            checked={includeInactive}
            onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
            mb={8}
          />
          <Text size="sm" c="dimmed" mb={8} aria-live="polite">
            {list.data && t("ind.count", { formatted: formatNumber(shown.length) })}
          </Text>
        </Group>
      </Paper>
      {list.isError && <ErrorAlert error={list.error} focus={false} />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1100}>
          <Table striped highlightOnHover stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t("ind.col.code")}</Table.Th>
                <Table.Th miw={260}>{t("ind.col.name")}</Table.Th>
                <Table.Th w={90}>{t("ind.col.unit")}</Table.Th>
                <Table.Th w={100}>{t("ind.col.aggregation")}</Table.Th>
                <Table.Th w={70}>{t("ind.col.period")}</Table.Th>
                <Table.Th w={140}>{t("ind.col.owner")}</Table.Th>
                <Table.Th w={140}>{t("ind.col.monitor")}</Table.Th>
                <Table.Th w={canManage ? 116 : 76}>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td className="dh-mono">{item.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={withScope(`/indicators/${item.id}`, unitId)} size="sm">
                      {item.name}
                    </Anchor>
                    <Group gap={4} mt={2}>
                      {item.formula && (
                        <Badge size="xs" variant="light" color="grape">
                          {t("ind.computed")}
                        </Badge>
                      )}
                      {!item.active && (
                        <Badge size="xs" variant="light" color="gray">
                          {t("ind.inactive")}
                        </Badge>
                      )}
                      {item.groups.map((code) => (
                        <Badge
                          key={code}
                          size="xs"
                          variant="outline"
                          color="gray"
                          title={groupName.get(code)}
                        >
                          {code}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{item.unit}</Table.Td>
                  <Table.Td>{t(`ind.aggregationShort.${item.aggregation}`)}</Table.Td>
                  <Table.Td>{t(`ind.periodType.${item.periodType}`)}</Table.Td>
                  <Table.Td fz="xs">{item.ownerUnitId ? unitName.get(item.ownerUnitId) : "—"}</Table.Td>
                  <Table.Td fz="xs">{item.monitorUnitId ? unitName.get(item.monitorUnitId) : "—"}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {canManage && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setDialog({ kind: "edit", item })}
                          aria-label={t("ind.editNamed", { name: item.name })}
                        >
                          {t("common.edit")}
                        </Button>
                      )}
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "versions", item })}
                        aria-label={t("ind.versionsNamed", { name: item.name })}
                      >
                        {t("ind.versions")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {list.data && shown.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={8}>
                    <Text size="sm" c="dimmed" py="md" ta="center">
                      {t("common.nothingFound")}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.isLoading && (
          <Text size="sm" c="dimmed" p="sm">
            {t("common.loading")}
          </Text>
        )}
      </Paper>

      {dialog?.kind === "create" && <IndicatorFormDialog onClose={close} />}
      {dialog?.kind === "edit" && <IndicatorFormDialog indicator={dialog.item} onClose={close} />}
      {dialog?.kind === "versions" && <VersionHistoryDialog indicator={dialog.item} onClose={close} />}
      {dialog?.kind === "import" && <CatalogueImportDialog onClose={close} />}
    </>
  );
}
