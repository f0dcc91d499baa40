// A unit's report for one period: the data tables prefilled from the system (the unit fills what
// is missing), the narrative sections of the outline, save and submit; the receiving unit sees the
// same page with accept and return.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { api } from "../lib/api";
import { formatDate, formatDateTime, formatNumber } from "../lib/format";
import { parseId } from "../lib/types";
import { type FormCell, type SubmissionForm, useForm, useReportWrite } from "./api";
import { ReviewActions } from "./ReviewActions";
import { pct, StateBadge } from "./StateBadge";

type Draft = Record<string, { value: string; numerator: string; denominator: string }>;
const keyOf = (code: string, c: FormCell) => `${code}|${c.period}|${c.disagg}`;
const text = (v: number | null) => (v === null ? "" : String(v).replace(".", ","));
/** "1.234,5" or "1234.5" → number; empty → null; anything else is sent as typed and the server explains. */
function toNumber(s: string): number | string | null {
  const v = s.trim();
  if (!v) return null;
  const norm = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(v)
    ? v.replace(/\./g, "").replace(",", ".")
    : v.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(norm) ? Number(norm) : v;
}

function initialDraft(form: SubmissionForm): Draft {
  const d: Draft = {};
  for (const ind of form.indicators)
    for (const c of ind.cells)
      d[keyOf(ind.code, c)] = {
        value: text(c.value),
        numerator: text(c.numerator),
        denominator: text(c.denominator),
      };
  return d;
}

function IndicatorTable({
  ind,
  draft,
  setCell,
}: {
  ind: SubmissionForm["indicators"][number];
  draft: Draft;
  setCell: (k: string, field: "value" | "numerator" | "denominator", v: string) => void;
}) {
  const { t } = useTranslation();
  const ratio = ind.aggregation === "ratio";
  const fmt = (v: number | null | undefined, d = ind.decimals) =>
    v === null || v === undefined ? "" : formatNumber(v, { maximumFractionDigits: d });
  const input = (
    k: string,
    field: "value" | "numerator" | "denominator",
    label: string,
    editable: boolean,
  ) =>
    editable ? (
      <TextInput
        size="xs"
        w={110}
        value={draft[k]?.[field] ?? ""}
        onChange={(e) => setCell(k, field, e.currentTarget.value)}
        aria-label={label}
        inputMode="decimal"
      />
    ) : (
      <span>{draft[k]?.[field] ? fmt(toNumber(draft[k][field]) as number) : "—"}</span>
    );
  return (
    <Table withTableBorder withColumnBorders mb="md" aria-label={ind.name}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th colSpan={ratio ? 5 : 3}>
            {ind.name}{" "}
            {ind.unit && (
              <Text span c="dimmed" size="sm">
                ({ind.unit})
              </Text>
            )}{" "}
            <span className="dh-mono">{ind.code}</span>
            {ind.computed && (
              <Badge ml="xs" size="xs" variant="light">
                {t("reports.form.computed")}
              </Badge>
            )}
          </Table.Th>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t("reports.period")}</Table.Th>
          {ratio && <Table.Th>{ind.numeratorLabel ?? t("reports.form.numerator")}</Table.Th>}
          {ratio && <Table.Th>{ind.denominatorLabel ?? t("reports.form.denominator")}</Table.Th>}
          <Table.Th>{ratio ? `${t("reports.form.value")} (${ind.unit})` : t("reports.form.value")}</Table.Th>
          <Table.Th>{t("reports.state")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ind.cells.map((c) => {
          const k = keyOf(ind.code, c);
          const where = `${ind.name} — ${c.label}${c.disagg ? ` (${c.disagg})` : ""}`;
          return (
            <Table.Tr key={k}>
              <Table.Td>
                {c.label}
                {c.disagg ? ` · ${c.disagg}` : ""}
              </Table.Td>
              {ratio && (
                <Table.Td>
                  {input(k, "numerator", `${where} — ${t("reports.form.numerator")}`, c.editable)}
                </Table.Td>
              )}
              {ratio && (
                <Table.Td>
                  {input(k, "denominator", `${where} — ${t("reports.form.denominator")}`, c.editable)}
                </Table.Td>
              )}
              <Table.Td>
                {ratio
                  ? fmt(c.value)
                  : input(k, "value", `${where} — ${t("reports.form.value")}`, c.editable)}
              </Table.Td>
              <Table.Td>
                {c.status ? (
                  t(`reports.form.dataStatus.${c.status}`)
                ) : (
                  <Text span c="red" size="sm">
                    {t("reports.form.empty")}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
        <Table.Tr fw={700}>
          <Table.Td>{t("reports.form.aggregate")}</Table.Td>
          {ratio && <Table.Td>{fmt(ind.aggregate?.numerator, 0)}</Table.Td>}
          {ratio && <Table.Td>{fmt(ind.aggregate?.denominator, 0)}</Table.Td>}
          <Table.Td data-testid={`aggregate-${ind.code}`}>{fmt(ind.aggregate?.value)}</Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function SubmissionFormPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { unitId: scopeId } = useScope();
  const params = useParams();
  const id = parseId(params.id) ?? 0;
  const unitId = parseId(params.unitId) ?? 0;
  const period = params.period ?? "";
  const form = useForm(id, period, unitId);
  const [draft, setDraft] = useState<Draft>({});
  const [narrative, setNarrative] = useState<Record<string, string>>({});
  const data = form.data;
  useEffect(() => {
    if (!data) return;
    setDraft(initialDraft(data));
    setNarrative(Object.fromEntries(data.sections.map((s) => [s.key, s.text])));
  }, [data]);

  const url = `/reports/regimes/${id}/periods/${period}/units/${unitId}`;
  const body = () => ({
    figures: (data?.indicators ?? []).flatMap((ind) =>
      ind.cells
        .filter((c) => c.editable)
        .map((c) => {
          const d = draft[keyOf(ind.code, c)] ?? { value: "", numerator: "", denominator: "" };
          return ind.aggregation === "ratio"
            ? {
                indicator: ind.code,
                period: c.period,
                disagg: c.disagg,
                numerator: toNumber(d.numerator),
                denominator: toNumber(d.denominator),
              }
            : { indicator: ind.code, period: c.period, disagg: c.disagg, value: toNumber(d.value) };
        }),
    ),
    narrative,
    version: data?.submission?.version ?? 0,
  });
  const save = useReportWrite((submit: boolean) =>
    submit ? api.post<SubmissionForm>(`${url}/submit`, body()) : api.put<SubmissionForm>(url, body()),
  );
  const run = (submit: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    save.mutate(submit, {
      onSuccess: () => notify(t(submit ? "reports.form.submitted" : "reports.form.saved")),
    });
  };
  const setCell = (k: string, field: "value" | "numerator" | "denominator", v: string) =>
    setDraft((cur) => ({
      ...cur,
      [k]: { ...(cur[k] ?? { value: "", numerator: "", denominator: "" }), [field]: v },
    }));

  if (!data)
    return (
      <>
        <PageHeader title={t("nav.reports")} />
        <ErrorAlert error={form.error} />
      </>
    );
  const s = data.submission;
  return (
    <form onSubmit={run(true)} aria-label={data.regime.name}>
      <PageHeader
        title={t("reports.form.title", { regime: data.regime.name, period: data.periodLabel })}
        description={t("reports.form.subtitle", {
          unit: data.unit.name,
          receiver: data.regime.receivingUnitName,
        })}
        actions={
          <Button variant="subtle" component={Link} to={withScope(`/reports/regimes/${id}`, scopeId)}>
            {t("reports.openCalendar")}
          </Button>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Group gap="lg" wrap="wrap">
          <StateBadge state={data.state} timeliness={data.timeliness} />
          <Text size="sm">
            {t("reports.dueOn")}: <b>{formatDate(data.dueOn)}</b> ({data.regime.deadlineText})
          </Text>
          <Text size="sm">
            {t("reports.window")}: {formatDate(data.window.from)} – {formatDate(data.window.to)}
          </Text>
          <Text size="sm">
            {t("reports.completeness")}: {pct(data.completeness.share)} —{" "}
            {t("reports.form.completeness", {
              filled: data.completeness.filledCells,
              expected: data.completeness.expectedCells,
              sections: data.completeness.filledSections,
              required: data.completeness.requiredSections,
            })}
          </Text>
        </Group>
      </Paper>
      {s?.status === "returned" && (
        <Alert color="orange" title={t("reports.form.returnedBox")} mb="md" role="status">
          {s.returnReason} — {s.reviewedByName}, {formatDateTime(s.reviewedAt)}
        </Alert>
      )}
      {s?.status === "accepted" && (
        <Alert color="green" mb="md" role="status">
          {t("reports.form.lockedBox")}
        </Alert>
      )}
      {s?.status === "submitted" && (
        <Alert color="blue" mb="md" role="status">
          {t("reports.form.waitingBox")}
        </Alert>
      )}
      <ErrorAlert error={save.error} />
      {data.indicators.length > 0 && (
        <Paper withBorder p="md" mb="md" component="section" aria-labelledby="form-tables">
          <Title order={2} size="h4" id="form-tables" mb="sm">
            {t("reports.form.tables")}
          </Title>
          {data.indicators.map((ind) => (
            <Table.ScrollContainer minWidth={640} key={ind.code}>
              <IndicatorTable ind={ind} draft={draft} setCell={setCell} />
            </Table.ScrollContainer>
          ))}
        </Paper>
      )}
      {data.sections.length > 0 && (
        <Paper withBorder p="md" mb="md" component="section" aria-labelledby="form-narrative">
          <Title order={2} size="h4" id="form-narrative" mb="sm">
            {t("reports.form.narrative")}
          </Title>
          <Stack gap="md">
            {data.sections.map((sec) => (
              <Textarea
                key={sec.key}
                label={sec.title}
                withAsterisk={sec.required}
                description={sec.guidance ?? undefined}
                autosize
                minRows={3}
                maxRows={14}
                readOnly={!data.editable}
                value={narrative[sec.key] ?? ""}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setNarrative((cur) => ({ ...cur, [sec.key]: v }));
                }}
                error={
                  (narrative[sec.key] ?? "").length > sec.maxLength
                    ? t("reports.form.chars", {
                        count: (narrative[sec.key] ?? "").length,
                        max: sec.maxLength,
                      })
                    : undefined
                }
              />
            ))}
          </Stack>
        </Paper>
      )}
      {data.editable && (
        <Group mb="lg">
          <Button
            variant="default"
            onClick={() => run(false)()}
            loading={save.isPending && save.variables === false}
          >
            {t("reports.form.save")}
          </Button>
          <Button type="submit" loading={save.isPending && save.variables === true}>
            {t("reports.form.submit")}
          </Button>
        </Group>
      )}
      {data.canReview && s && <ReviewActions submissionId={s.id} unitName={data.unit.name} />}
      {data.log.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="form-log">
          <Title order={2} size="h5" id="form-log" mb="xs">
            {t("reports.form.log")}
          </Title>
          <List size="sm">
            {data.log.map((l) => (
              <List.Item key={`${l.at}-${l.action}`}>
                {formatDateTime(l.at)} · {t(`reports.form.logActions.${l.action}`)} · {l.actorName}
                {l.note ? ` — ${l.note}` : ""}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
    </form>
  );
}
