// Dữ liệu mở: public indicators, readable without logging in. A catalogue, and per indicator its
// metadata (definition, unit, source, last update), approved figures by province or commune, and
// JSON / CSV downloads. Everything comes from /api/v1/open (no session, no CSRF).
import "./i18n";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Container,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useParams } from "react-router";
import { periodLabel } from "../../core/periods";
import { ErrorAlert } from "../components/ErrorAlert";
import { apiRequest, buildUrl } from "../lib/api";
import { matchesQuery } from "../lib/fold";
import { formatDateTime, formatNumber } from "../lib/format";
import { TrendChart } from "./TrendChart";

interface OpenIndicator {
  code: string;
  name: string;
  unit: string;
  definition: string | null;
  source: string | null;
  periodType: string;
  aggregationLabel: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  ownerUnit: string | null;
  groups: { code: string; name: string }[];
  lastUpdated: string | null;
  latestPeriod: string | null;
  license: string;
}

interface OpenRow {
  period: string;
  periodLabel: string;
  orgUnitCode: string;
  orgUnitName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const get = <T,>(path: string, query?: Record<string, string>) =>
  apiRequest<T>(path, { query, noAuthRedirect: true });

function Shell({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t("opendata.title")} · ${t("app.name")}`;
  }, [t]);
  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        py="sm"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Container size="lg">
          <Group justify="space-between">
            <Anchor component={Link} to="/open-data" underline="never" c="inherit">
              <Title order={1} size="h4">
                {t("opendata.title")}
              </Title>
            </Anchor>
            <Group gap="md">
              <Anchor href={buildUrl("/open/catalog")} size="sm" target="_blank" rel="noopener">
                {t("opendata.catalog")}
              </Anchor>
              <Anchor component={Link} to="/login" size="sm">
                {t("opendata.signIn")}
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="lg" component="main">
        {children}
      </Container>
    </Box>
  );
}

function Catalogue() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("en") ? "en" : "vi";
  const [q, setQ] = useState("");
  const list = useQuery({
    queryKey: ["open", "indicators"],
    queryFn: () => get<{ items: OpenIndicator[] }>("/open/indicators"),
  });
  const items = useMemo(
    () =>
      (list.data?.items ?? []).filter(
        (i) => !q.trim() || matchesQuery(`${i.code} ${i.name} ${i.definition ?? ""}`, q),
      ),
    [list.data, q],
  );
  return (
    <Stack>
      <Text c="dimmed">{t("opendata.intro")}</Text>
      <TextInput
        label={t("opendata.search")}
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
      />
      <ErrorAlert error={list.error} focus={false} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {items.map((i) => (
          <Paper
            key={i.code}
            withBorder
            p="md"
            component={Link}
            to={`/open-data/${encodeURIComponent(i.code)}`}
            style={{ textDecoration: "none", color: "inherit" }}
          >
            <Text fw={600} size="sm" mb={4}>
              {i.name}
            </Text>
            <Group gap={4} mb={4}>
              {i.groups.map((g) => (
                <Badge key={g.code} size="xs" variant="light">
                  {g.name}
                </Badge>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              {t("opendata.unit")}: {i.unit || "—"} · {t("opendata.latest")}:{" "}
              {i.latestPeriod ? periodLabel(i.latestPeriod, lang) : "—"}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {list.data && items.length === 0 && <Text c="dimmed">{t("opendata.none")}</Text>}
    </Stack>
  );
}

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200} style={{ verticalAlign: "top" }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Detail() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("en") ? "en" : "vi";
  const code = useParams().code ?? "";
  const [level, setLevel] = useState<"province" | "commune">("province");
  const meta = useQuery({
    queryKey: ["open", "indicator", code],
    queryFn: () => get<{ item: OpenIndicator }>(`/open/indicators/${encodeURIComponent(code)}`),
  });
  const data = useQuery({
    queryKey: ["open", "data", code, level],
    queryFn: () => get<{ rows: OpenRow[] }>(`/open/indicators/${encodeURIComponent(code)}/data`, { level }),
    enabled: meta.isSuccess,
  });
  const ind = meta.data?.item;
  const rows = data.data?.rows ?? [];
  const points =
    level === "province" ? rows.map((r) => ({ label: periodLabel(r.period, lang), value: r.value })) : [];
  const download = (format: "json" | "csv") =>
    buildUrl(`/open/indicators/${encodeURIComponent(code)}/data`, { level, format });
  return (
    <Stack>
      <Anchor component={Link} to="/open-data" size="sm">
        ← {t("opendata.back")}
      </Anchor>
      <ErrorAlert error={meta.error} focus={false} />
      {ind && (
        <>
          <Title order={2} size="h3">
            {ind.name}
          </Title>
          <Paper withBorder>
            <Table>
              <Table.Tbody>
                <Meta label={t("opendata.code")}>
                  <span className="dh-mono">{ind.code}</span>
                </Meta>
                <Meta label={t("opendata.definition")}>{ind.definition ?? "—"}</Meta>
                <Meta label={t("opendata.unit")}>{ind.unit || "—"}</Meta>
                {ind.numeratorLabel && <Meta label={t("opendata.numerator")}>{ind.numeratorLabel}</Meta>}
                {ind.denominatorLabel && (
                  <Meta label={t("opendata.denominator")}>{ind.denominatorLabel}</Meta>
                )}
                <Meta label={t("opendata.aggregation")}>{ind.aggregationLabel}</Meta>
                <Meta label={t("opendata.source")}>{ind.source ?? "—"}</Meta>
                <Meta label={t("opendata.owner")}>{ind.ownerUnit ?? "—"}</Meta>
                <Meta label={t("opendata.lastUpdated")}>{formatDateTime(ind.lastUpdated) || "—"}</Meta>
                <Meta label={t("opendata.license")}>
                  <Anchor href={ind.license} target="_blank" rel="noopener" size="sm">
                    CC BY 4.0
                  </Anchor>
                </Meta>
              </Table.Tbody>
            </Table>
          </Paper>
          <Group justify="space-between" align="flex-end">
            <SegmentedControl
              value={level}
              onChange={(v) => setLevel(v as "province" | "commune")}
              data={[
                { value: "province", label: t("opendata.province") },
                { value: "commune", label: t("opendata.commune") },
              ]}
            />
            <Group gap="xs">
              <Button component="a" href={download("csv")} variant="light" size="xs">
                CSV
              </Button>
              <Button
                component="a"
                href={download("json")}
                variant="light"
                size="xs"
                target="_blank"
                rel="noopener"
              >
                JSON
              </Button>
            </Group>
          </Group>
          <ErrorAlert error={data.error} focus={false} />
          {points.length > 1 && (
            <Paper withBorder p="sm">
              <TrendChart
                points={points}
                unit={ind.unit}
                ariaLabel={t("opendata.chartLabel", { name: ind.name })}
              />
            </Paper>
          )}
          <Paper withBorder>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("opendata.period")}</Table.Th>
                    <Table.Th>{t("opendata.area")}</Table.Th>
                    <Table.Th ta="right">{t("opendata.value")}</Table.Th>
                    {ind.numeratorLabel && <Table.Th ta="right">{t("opendata.numerator")}</Table.Th>}
                    {ind.denominatorLabel && <Table.Th ta="right">{t("opendata.denominator")}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={`${r.period}-${r.orgUnitCode}`}>
                      <Table.Td>{periodLabel(r.period, lang)}</Table.Td>
                      <Table.Td>{r.orgUnitName}</Table.Td>
                      <Table.Td ta="right">{formatNumber(r.value)}</Table.Td>
                      {ind.numeratorLabel && <Table.Td ta="right">{formatNumber(r.numerator)}</Table.Td>}
                      {ind.denominatorLabel && <Table.Td ta="right">{formatNumber(r.denominator)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.data && rows.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="md">
                {t("opendata.noFigures")}
              </Text>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}

export default function OpenDataPage() {
  return (
    <Shell>
      <Routes>
        <Route index element={<Catalogue />} />
        <Route path=":code" element={<Detail />} />
      </Routes>
    </Shell>
  );
}
