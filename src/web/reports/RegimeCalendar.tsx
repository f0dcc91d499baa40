// One regime: its NĐ 09 elements, the calendar of expected reports (periods across, units down,
// state colours with words), and completeness and timeliness per unit computed from the data.
import { Anchor, Button, Group, List, Paper, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { formatDate } from "../lib/format";
import { parseId } from "../lib/types";
import { type CalendarCell, type CellState, useCalendar, useRegime, useStats } from "./api";
import { pct, StateBadge, usePeriodLabel } from "./StateBadge";

const LEGEND: CellState[] = ["accepted", "submitted", "returned", "draft", "missing", "open"];

function Definition({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useRegime(id);
  if (!detail.data) return <ErrorAlert error={detail.error} focus={false} />;
  const { item, indicators, units } = detail.data;
  const rows: [string, string][] = [
    [t("reports.legalBasis"), item.legalBasis ?? "—"],
    [t("reports.content"), item.content ?? "—"],
    [t("reports.frequency"), t(`reports.frequencies.${item.frequency}`)],
    [t("reports.deadline"), item.deadlineText],
    [t("reports.window"), `${t("reports.regimeForm.cutoffStartDay")}: ${item.cutoffStartDay}`],
    [t("reports.method"), t(`reports.methods.${item.method}`)],
    [t("reports.receivingUnit"), item.receivingUnitName],
    [
      t("reports.reportingUnits"),
      `${units.length}: ${units
        .slice(0, 6)
        .map((u) => u.name)
        .join(", ")}${units.length > 6 ? "…" : ""}`,
    ],
  ];
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="regime-def">
      <Title order={2} size="h4" id="regime-def" mb="sm">
        {t("reports.definition")}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {rows.map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Th w={190} style={{ verticalAlign: "top" }}>
                  {k}
                </Table.Th>
                <Table.Td>{v}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <div>
          <Text fw={600} size="sm">
            {t("reports.indicators")}
          </Text>
          <List size="sm" mb="xs">
            {indicators.map((i) => (
              <List.Item key={i.code}>
                {i.name} <span className="dh-mono">({i.code})</span>
              </List.Item>
            ))}
          </List>
          {item.extraItems.length > 0 && (
            <>
              <Text fw={600} size="sm">
                {t("reports.extraItems")}
              </Text>
              <List size="sm" mb="xs">
                {item.extraItems.map((x) => (
                  <List.Item key={x}>{x}</List.Item>
                ))}
              </List>
            </>
          )}
          <Text fw={600} size="sm">
            {t("reports.sections")}
          </Text>
          <List size="sm" type="ordered">
            {item.sections.map((s) => (
              <List.Item key={s.key}>
                {s.title}
                {s.required ? ` (${t("reports.form.required")})` : ""}
              </List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>
    </Paper>
  );
}

function Stats({ id }: { id: number }) {
  const { t } = useTranslation();
  const stats = useStats(id);
  if (!stats.data) return <ErrorAlert error={stats.error} focus={false} />;
  const rows = [...stats.data.units, { ...stats.data.total, unitName: t("reports.statsTotal") }];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="regime-stats">
      <Title order={2} size="h4" id="regime-stats" mb="sm">
        {t("reports.statsTitle")}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-labelledby="regime-stats">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("reports.unit")}</Table.Th>
              <Table.Th>{t("reports.statsExpected")}</Table.Th>
              <Table.Th>{t("reports.statsOnTime")}</Table.Th>
              <Table.Th>{t("reports.statsLate")}</Table.Th>
              <Table.Th>{t("reports.statsMissing")}</Table.Th>
              <Table.Th>{t("reports.completeness")}</Table.Th>
              <Table.Th>{t("reports.timeliness")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((u) => (
              <Table.Tr key={u.unitId ?? "total"} fw={u.unitId === null ? 700 : undefined}>
                <Table.Td>{u.unitName}</Table.Td>
                <Table.Td>{u.expected}</Table.Td>
                <Table.Td>{u.onTime}</Table.Td>
                <Table.Td>{u.late}</Table.Td>
                <Table.Td>{u.missing}</Table.Td>
                <Table.Td>{pct(u.completeness)}</Table.Td>
                <Table.Td>{pct(u.timelinessRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function RegimeCalendar() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const id = parseId(useParams().id) ?? 0;
  const calendar = useCalendar(id);
  const label = usePeriodLabel();
  const data = calendar.data;
  const cellOf = new Map<string, CalendarCell>(
    (data?.cells ?? []).map((c) => [`${c.period}|${c.unitId}`, c]),
  );
  return (
    <>
      <PageHeader
        title={data?.regime.name ?? t("nav.reports")}
        description={data ? `${data.regime.receivingUnitName} · ${data.regime.deadlineText}` : undefined}
        actions={
          <>
            {data?.regime.canManage && (
              <Button
                variant="default"
                component={Link}
                to={withScope(`/reports/regimes/${id}/edit`, unitId)}
              >
                {t("reports.edit")}
              </Button>
            )}
            <Button variant="subtle" component={Link} to={withScope("/reports", unitId)}>
              {t("reports.back")}
            </Button>
          </>
        }
      />
      <ErrorAlert error={calendar.error} />
      <Definition id={id} />
      {data && (
        <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="regime-calendar">
          <Title order={2} size="h4" id="regime-calendar" mb="xs">
            {t("reports.calendarTitle")}
          </Title>
          <Group gap="xs" mb="sm" aria-label={t("reports.legend")}>
            {LEGEND.map((s) => (
              <StateBadge key={s} state={s} compact />
            ))}
          </Group>
          <Table.ScrollContainer minWidth={240 + data.periods.length * 150}>
            <Table withColumnBorders aria-labelledby="regime-calendar" className="dh-report-calendar">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("reports.unit")}</Table.Th>
                  {data.periods.map((p) => (
                    <Table.Th key={p.period} style={{ verticalAlign: "top" }}>
                      <div>{label(p.period)}</div>
                      <Text size="xs" c="dimmed" fw={400}>
                        {t("reports.dueOn")} {formatDate(p.dueOn)}
                      </Text>
                      <Text size="xs" c="dimmed" fw={400}>
                        {p.counts.accepted + p.counts.submitted}/{p.counts.expected}
                      </Text>
                      {data.regime.canRead && (
                        <Anchor
                          size="xs"
                          component={Link}
                          to={withScope(`/reports/regimes/${id}/review/${p.period}`, unitId)}
                        >
                          {t("reports.reviewPeriod", { period: label(p.period) })}
                        </Anchor>
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.units.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>{u.name}</Table.Td>
                    {data.periods.map((p) => {
                      const c = cellOf.get(`${p.period}|${u.id}`);
                      return (
                        <Table.Td key={p.period}>
                          {c ? (
                            <Anchor
                              component={Link}
                              to={withScope(`/reports/regimes/${id}/form/${p.period}/${u.id}`, unitId)}
                              aria-label={`${u.name}, ${label(p.period)}: ${t(`reports.states.${c.state}`)}`}
                            >
                              <StateBadge state={c.state} timeliness={c.timeliness} compact />
                            </Anchor>
                          ) : (
                            "—"
                          )}
                          {c && c.completeness !== null && (
                            <Text size="xs" c="dimmed">
                              {pct(c.completeness)}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Stats id={id} />
    </>
  );
}
