// Drill-down: from a tile (or a map or ranking click) to the figure of one unit, its trend, the
// same figure for each unit below it, and the stored rows behind it. Breadcrumbs climb back up.
import { Anchor, Breadcrumbs, Drawer, Group, Loader, ScrollArea, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDateTime, localeForLanguage } from "../lib/format";
import { type Drill, useDrill } from "./api";
import { changeTone, formatChange, formatFigure, STATUS_COLOR, shortPeriod, TONE_COLOR } from "./dash-format";
import { EChart } from "./EChart";

interface Props {
  indicator: string | null;
  unit: number | null;
  period: string | null;
  onNavigate: (unit: number) => void;
  onClose: () => void;
}

function TrendChart({ drill }: { drill: Drill }) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  const d = drill.indicator.decimals;
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 56, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: "axis", valueFormatter: (v: number) => formatFigure(v, d, locale) },
      xAxis: {
        type: "category",
        data: drill.trend.map((p) => shortPeriod(p.period)),
        axisLabel: { fontSize: 11 },
      },
      yAxis: {
        type: "value",
        scale: true,
        axisLabel: { fontSize: 11, formatter: (v: number) => formatFigure(v, Math.min(d, 1), locale) },
      },
      series: [
        {
          type: "line",
          data: drill.trend.map((p) => p.value),
          symbolSize: 5,
          lineStyle: { width: 2, color: "#1b3a84" },
          itemStyle: { color: "#1b3a84" },
          connectNulls: false,
          markLine: drill.target
            ? {
                symbol: "none",
                lineStyle: { color: "#c92a2a", type: "dashed" },
                label: {
                  formatter: `${t("dash.target")} ${drill.target.label}`,
                  fontSize: 11,
                  position: "insideEndTop",
                },
                data: [{ yAxis: drill.target.value }],
              }
            : undefined,
        },
      ],
    }),
    [drill, d, locale, t],
  );
  return (
    <EChart option={option} height={220} ariaLabel={`${drill.indicator.name}: ${t("dash.drillTrend")}`} />
  );
}

function DrillBody({ drill, onNavigate }: { drill: Drill; onNavigate: (unit: number) => void }) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  const d = drill.indicator.decimals;
  const ratio = drill.indicator.aggregation === "ratio";
  return (
    <>
      <Breadcrumbs mb="xs" separator="›">
        {drill.breadcrumbs.map((b) =>
          b.id === drill.unit.id ? (
            <Text key={b.id} size="sm" fw={600}>
              {b.name}
            </Text>
          ) : (
            <Anchor key={b.id} component="button" size="sm" onClick={() => onNavigate(b.id)}>
              {b.name}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
      <Group align="flex-end" gap="lg" mb="sm" wrap="wrap">
        <div>
          <Text size="xs" c="dimmed">
            {drill.periodLabel}
          </Text>
          <div className="dh-drill-value" data-testid="drill-value">
            {formatFigure(drill.value, d, locale)}{" "}
            <span className="dh-tile-unit">{drill.indicator.unit}</span>
          </div>
          {ratio && drill.numerator !== null && (
            <Text size="xs" c="dimmed">
              {formatFigure(drill.numerator, 0, locale)} / {formatFigure(drill.denominator, 0, locale)}
            </Text>
          )}
        </div>
        {drill.target && (
          <div>
            <Text size="xs" c="dimmed">
              {t("dash.target")} {drill.target.label}
            </Text>
            {drill.status && (
              <span className="dh-status" style={{ background: STATUS_COLOR[drill.status] }}>
                {t(`dash.status.${drill.status}`)}
              </span>
            )}
          </div>
        )}
      </Group>
      {drill.explanation && (
        <Text size="xs" c="dimmed" mb="sm">
          {drill.explanation}
        </Text>
      )}
      <Title order={3} size="h6" mt="sm">
        {t("dash.drillTrend")}
      </Title>
      <TrendChart drill={drill} />
      <Title order={3} size="h6" mt="md" mb={4}>
        {t("dash.drillChildren")}
      </Title>
      {drill.children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("dash.drillNoChildren")}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={320} type="auto">
          <Table striped highlightOnHover stickyHeader data-testid="drill-children">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("dash.unit")}</Table.Th>
                <Table.Th ta="right">{shortPeriod(drill.period)}</Table.Th>
                <Table.Th ta="right">{t("dash.vsPrevious")}</Table.Th>
                <Table.Th>{t("dash.target")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drill.children
                .filter((c) => c.value !== null || c.previous !== null)
                .sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY))
                .map((c) => {
                  const delta = c.value !== null && c.previous !== null ? c.value - c.previous : null;
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <button
                          type="button"
                          className="dh-link"
                          onClick={() => onNavigate(c.id)}
                          aria-label={t("dash.drillInto", { name: c.name })}
                        >
                          {c.name}
                        </button>
                      </Table.Td>
                      <Table.Td ta="right" className="dh-num">
                        {formatFigure(c.value, d, locale)}
                      </Table.Td>
                      <Table.Td
                        ta="right"
                        className="dh-num"
                        style={{ color: TONE_COLOR[changeTone(delta, drill.indicator.direction, d)] }}
                      >
                        {formatChange(delta, d, locale)}
                      </Table.Td>
                      <Table.Td>
                        {c.status && (
                          <span
                            className="dh-dot"
                            style={{ background: STATUS_COLOR[c.status] }}
                            title={c.statusLabel ?? ""}
                          />
                        )}{" "}
                        {c.statusLabel ?? ""}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Title order={3} size="h6" mt="md">
        {t("dash.drillStored")}
      </Title>
      <Text size="xs" c="dimmed" mb={4}>
        {t("dash.drillStoredHint")}
        {drill.storedTruncated ? ` ${t("dash.drillTruncated")}` : ""}
      </Text>
      <ScrollArea.Autosize mah={300} type="auto">
        <Table striped stickyHeader fz="xs" data-testid="drill-stored">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("dash.unit")}</Table.Th>
              <Table.Th>{t("dash.period")}</Table.Th>
              <Table.Th ta="right">{t("dash.value")}</Table.Th>
              {ratio && <Table.Th ta="right">{t("dash.numerator")}</Table.Th>}
              {ratio && <Table.Th ta="right">{t("dash.denominator")}</Table.Th>}
              <Table.Th>{t("dash.statusCol")}</Table.Th>
              <Table.Th>{t("dash.updated")}</Table.Th>
              <Table.Th>{t("dash.updatedBy")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drill.stored.map((r) => (
              <Table.Tr key={`${r.orgUnitId}-${r.period}`}>
                <Table.Td>{r.orgUnitName}</Table.Td>
                <Table.Td>{shortPeriod(r.period)}</Table.Td>
                <Table.Td ta="right" className="dh-num">
                  {formatFigure(r.value, d, locale)}
                </Table.Td>
                {ratio && (
                  <Table.Td ta="right" className="dh-num">
                    {formatFigure(r.numerator, 0, locale)}
                  </Table.Td>
                )}
                {ratio && (
                  <Table.Td ta="right" className="dh-num">
                    {formatFigure(r.denominator, 0, locale)}
                  </Table.Td>
                )}
                <Table.Td>{t(`dash.dataStatus.${r.status}`, { defaultValue: r.status })}</Table.Td>
                <Table.Td>{formatDateTime(r.updatedAt)}</Table.Td>
                <Table.Td>{r.updatedBy ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}

export function DrillDrawer({ indicator, unit, period, onNavigate, onClose }: Props) {
  const { t } = useTranslation();
  const drill = useDrill(unit, indicator, period);
  return (
    <Drawer
      opened={indicator !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={drill.data?.indicator.name ?? t("dash.drillTitle")}
    >
      {drill.error ? <ErrorAlert error={drill.error} /> : null}
      {drill.isPending && <Loader size="sm" />}
      {drill.data && (
        <div
          data-testid="drill"
          aria-busy={drill.isPlaceholderData}
          className={drill.isPlaceholderData ? "dh-stale" : undefined}
        >
          <DrillBody drill={drill.data} onNavigate={onNavigate} />
        </div>
      )}
    </Drawer>
  );
}
