// One indicator for the unit chosen in the scope selector: headline figures, the 24-period trend
// with its target, the breakdown by child unit, target status per unit, data quality and the
// definition. Figures are aggregated live by the server; the page refetches every minute.
import { Anchor, Breadcrumbs, Button, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { UnitSelect } from "../components/UnitSelect";
import { hasRole, useMe } from "../lib/auth";
import { formatDateTime, formatNumber } from "../lib/format";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import { parseId } from "../lib/types";
import { useIndicatorGroups, useIndicatorOverview } from "./api";
import { BreakdownSection } from "./BreakdownSection";
import { DefinitionCard } from "./DefinitionCard";
import { describeTarget, formatShare, formatValue, formatWithUnit, labelOfPeriod } from "./format";
import { IndicatorFormDialog } from "./IndicatorFormDialog";
import { buildChildRows, buildTrend, latestChange, relevantChildRows, yearOf } from "./overview-model";
import { QualitySection } from "./QualitySection";
import { StatusBadge } from "./StatusBadge";
import { TargetStatusSection } from "./TargetStatusSection";
import { TrendChart } from "./TrendChart";

function Kpi({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.03em" }}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

export function IndicatorDetailPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const me = useMe();
  const id = parseId(useParams().id);
  const scope = useScope();
  const [params, setParams] = useSearchParams();
  const asOf = params.get("asOf");
  const [editing, setEditing] = useState(false);
  const overview = useIndicatorOverview(id, scope.unitId, asOf);
  const groups = useIndicatorGroups();
  const units = useOrgUnitList();
  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const data = overview.data;
  const trend = useMemo(() => (data ? buildTrend(data) : null), [data]);
  const children = useMemo(() => (data ? relevantChildRows(buildChildRows(data)) : []), [data]);
  const indicator = data?.indicator;
  const canManage = hasRole(me, ["admin", "office"]);

  const setAsOf = (value: string | null) =>
    setParams((next) => {
      if (value) next.set("asOf", value);
      else next.delete("asOf");
      return next;
    });

  const change = trend ? latestChange(trend.values) : null;
  const latestRow = data?.trend.find((r) => r.period === data.latestPeriod && !r.disagg);
  const unitStatus = trend?.unitStatus ?? null;

  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to={withScope("/indicators", scope.unitId)}>
          {t("ind.catalogueTitle")}
        </Anchor>
        <Text size="sm">{indicator?.code ?? "…"}</Text>
      </Breadcrumbs>
      <PageHeader
        title={indicator?.name ?? t("common.loading")}
        description={
          indicator &&
          `${indicator.code} · ${t(`ind.aggregation.${indicator.aggregation}`)} · ${t(`ind.periodType.${indicator.periodType}`)}${indicator.unit ? ` · ${indicator.unit}` : ""}`
        }
        actions={
          <>
            <Button variant="default" onClick={() => void overview.refetch()} loading={overview.isFetching}>
              {t("ind.refresh")}
            </Button>
            {data && indicator && !indicator.formula && (
              <Button
                variant="light"
                component={Link}
                to={withScope(`/data?period=${data.latestPeriod}`, scope.unitId)}
              >
                {t("ind.enterData")}
              </Button>
            )}
            {canManage && indicator && <Button onClick={() => setEditing(true)}>{t("common.edit")}</Button>}
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <UnitSelect
            label={t("ind.unit")}
            units={scope.units}
            value={scope.unitId}
            onChange={(unitId) => unitId && scope.setUnitId(unitId)}
            required
            allowDeselect={false}
            w={340}
          />
          <DateInput
            label={t("ind.asOf")}
            value={asOf}
            onChange={setAsOf}
            placeholder={t("ind.asOfToday")}
            w={170}
          />
          {latestRow?.lastUpdated && (
            <Text size="xs" c="dimmed" mb={8}>
              {t("ind.lastUpdated", { at: formatDateTime(latestRow.lastUpdated) })}
            </Text>
          )}
        </Group>
      </Paper>
      {overview.isError && <ErrorAlert error={overview.error} focus={false} />}
      {!data && overview.isLoading && <Text c="dimmed">{t("common.loading")}</Text>}
      {data && indicator && trend && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Kpi
              label={t("ind.kpi.latest", { period: labelOfPeriod(data.latestPeriod, language) })}
              testId="kpi-latest"
            >
              <Text size="xl" fw={700} data-testid="kpi-latest-value" aria-live="polite">
                {formatWithUnit(change?.latest, indicator, language) || "—"}
              </Text>
              {indicator.aggregation === "ratio" && latestRow?.denominator != null && (
                <Text size="xs" c="dimmed">
                  {formatNumber(latestRow.numerator)} / {formatNumber(latestRow.denominator)}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t("ind.kpi.units", { count: latestRow?.units ?? 0 })}
              </Text>
            </Kpi>
            <Kpi label={t("ind.kpi.change")}>
              <Text
                size="xl"
                fw={700}
                c={
                  change?.delta == null || change.delta === 0
                    ? undefined
                    : change.delta > 0 === (indicator.direction === "up")
                      ? "green.8"
                      : "red.8"
                }
              >
                {change?.delta == null
                  ? "—"
                  : `${change.delta > 0 ? "+" : ""}${formatValue(change.delta, indicator, language)}`}
              </Text>
              <Text size="xs" c="dimmed">
                {t("ind.kpi.previous", {
                  value: formatWithUnit(change?.previous, indicator, language) || "—",
                })}
              </Text>
            </Kpi>
            <Kpi
              label={
                unitStatus
                  ? t("ind.kpi.target", { period: labelOfPeriod(unitStatus.target.period, language) })
                  : t("ind.kpi.noTarget")
              }
            >
              {unitStatus ? (
                <>
                  <Group gap="xs" align="center">
                    <Text size="xl" fw={700}>
                      {describeTarget(unitStatus.target, indicator, language)}
                    </Text>
                    <StatusBadge status={unitStatus.status} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t("ind.kpi.actual", {
                      value: formatWithUnit(unitStatus.actual, indicator, language) || "—",
                    })}
                  </Text>
                </>
              ) : (
                <Text size="xl" fw={700}>
                  —
                </Text>
              )}
            </Kpi>
            <Kpi label={t("ind.qualityTitle")}>
              <Text size="xl" fw={700}>
                {formatShare(data.quality.total.completeness, language)}{" "}
                <Text span size="sm" fw={400} c="dimmed">
                  {t("ind.completeness").toLowerCase()}
                </Text>
              </Text>
              <Text size="xs" c="dimmed">
                {t("ind.timeliness")}: {formatShare(data.quality.total.timeliness, language)}
              </Text>
            </Kpi>
          </SimpleGrid>
          {unitStatus && (
            <Text size="sm" c="dimmed">
              {unitStatus.explanation}
            </Text>
          )}
          <Paper withBorder p="md">
            <Text fw={600} mb="xs" component="h2" size="lg">
              {t("ind.trendTitle", { unit: data.orgUnit.name, count: trend.periods.length })}
            </Text>
            <TrendChart model={trend} indicator={indicator} unitName={data.orgUnit.name} />
          </Paper>
          <BreakdownSection
            rows={children}
            indicator={indicator}
            latestPeriod={data.latestPeriod}
            year={yearOf(data.latestPeriod)}
          />
          <TargetStatusSection statuses={data.targets} indicator={indicator} />
          <QualitySection total={data.quality.total} rows={children} />
          <DefinitionCard
            indicator={indicator}
            groups={groups.data ?? []}
            unitName={(unitId) => (unitId ? (unitNames.get(unitId) ?? String(unitId)) : "—")}
          />
        </Stack>
      )}
      {editing && indicator && (
        <IndicatorFormDialog indicator={indicator} onClose={() => setEditing(false)} />
      )}
    </>
  );
}
