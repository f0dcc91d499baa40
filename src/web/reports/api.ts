// Server calls of the reporting capability (/api/v1/reports). Every write invalidates the
// reports cache: a submission changes the calendar, the inbox, the rates and the consolidated view.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, buildUrl } from "../lib/api";
import type { Id } from "../lib/types";

export const REPORTS_KEY = ["reports"] as const;

export type Frequency = "month" | "quarter" | "sixmonth" | "ninemonth" | "year" | "adhoc";
export type CellState = "accepted" | "submitted" | "returned" | "draft" | "missing" | "open";
export type Timeliness = "onTime" | "late" | null;

export interface RegimeSummary {
  id: Id;
  code: string;
  name: string;
  frequency: Frequency;
  frequencyLabel: string;
  deadlineText: string;
  receivingUnitId: Id;
  receivingUnitName: string;
  unitCount: number;
  active: boolean;
  canManage: boolean;
  canReview: boolean;
  canRead: boolean;
}

export interface SectionDef {
  key: string;
  title: string;
  guidance: string | null;
  required: boolean;
  maxLength: number;
}

export interface Regime {
  id: Id;
  code: string;
  name: string;
  legalBasis: string | null;
  content: string | null;
  frequency: Frequency;
  method: string;
  receivingUnitId: Id;
  receivingUnitName: string;
  cutoffStartDay: number;
  deadlineText: string;
  indicatorCodes: string[];
  extraItems: string[];
  sections: SectionDef[];
  template: Record<string, unknown> & { recipients?: string[] };
  startPeriod: string;
  endPeriod: string | null;
  adhocDue: string | null;
  remindBefore: number[];
  active: boolean;
  version: number;
  unitIds: Id[];
}

export interface RegimeDetail {
  item: Regime;
  summary: RegimeSummary;
  indicators: { code: string; name: string; unit: string; periodType: string }[];
  units: { id: Id; code: string; name: string; kind: string }[];
}

export interface CalendarCell {
  period: string;
  unitId: Id;
  state: CellState;
  timeliness: Timeliness;
  dueOn: string;
  submissionId: Id | null;
  submittedAt: string | null;
  completeness: number | null;
}

export interface Calendar {
  regime: RegimeSummary;
  today: string;
  periods: {
    period: string;
    label: string;
    window: { from: string; to: string };
    dueOn: string;
    closed: boolean;
    counts: Record<string, number>;
  }[];
  units: { id: Id; code: string; name: string; kind: string }[];
  cells: CalendarCell[];
}

export interface UnitStats {
  unitId: Id | null;
  unitName?: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  accepted: number;
  completeness: number | null;
  timelinessRate: number | null;
  reportOnTimeRate: number | null;
}

export interface FormCell {
  period: string;
  label: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: "draft" | "submitted" | "approved" | null;
  version: number;
  editable: boolean;
}

export interface SubmissionForm {
  regime: {
    id: Id;
    code: string;
    name: string;
    frequency: Frequency;
    legalBasis: string | null;
    deadlineText: string;
    receivingUnitName: string;
  };
  period: string;
  periodLabel: string;
  window: { from: string; to: string };
  dueOn: string;
  unit: { id: Id; code: string; name: string };
  submission: {
    id: Id;
    status: "draft" | "submitted" | "returned" | "accepted";
    firstSubmittedAt: string | null;
    submittedAt: string | null;
    reviewedAt: string | null;
    reviewedByName: string | null;
    returnReason: string | null;
    version: number;
  } | null;
  log: { action: string; note: string | null; actorName: string; at: string }[];
  state: CellState;
  timeliness: Timeliness;
  editable: boolean;
  canReview: boolean;
  indicators: {
    code: string;
    name: string;
    unit: string;
    aggregation: string;
    decimals: number;
    numeratorLabel: string | null;
    denominatorLabel: string | null;
    computed: boolean;
    aggregate: { value: number | null; numerator: number | null; denominator: number | null } | null;
    cells: FormCell[];
  }[];
  sections: (SectionDef & { text: string })[];
  completeness: {
    expectedCells: number;
    filledCells: number;
    requiredSections: number;
    filledSections: number;
    share: number | null;
  };
}

export interface Consolidated {
  period: string;
  periodLabel: string;
  dueOn: string;
  window: { from: string; to: string };
  counts: Record<"expected" | "accepted" | "onTime" | "late" | "awaiting" | "returned" | "missing", number>;
  status: {
    unitId: Id;
    unitName: string;
    state: CellState;
    timeliness: Timeliness;
    submittedAt: string | null;
    submissionId: Id | null;
  }[];
  indicators: {
    code: string;
    name: string;
    unit: string;
    decimals: number;
    total: { value: number | null; numerator: number | null; denominator: number | null; units: number };
  }[];
  narratives: { key: string; title: string; entries: { unitId: Id; unitName: string; text: string }[] }[];
  consolidation: { number: string | null; docDate: string; signerName: string | null } | null;
}

export interface ReviewItem {
  regime: {
    id: Id;
    code: string;
    name: string;
    frequencyLabel: string;
    receivingUnitName: string;
    canManage: boolean;
  };
  period: string | null;
  dataItems: number;
  heldItems: number;
  share: number | null;
  indicators: { code: string; name: string; expectedUnits: number; unitsWithData: number; held: boolean }[];
  extraItems: string[];
  canAutoFill: boolean;
  canCut: boolean;
  flags: { code: string; message: string }[];
}

export interface InboxItem {
  regimeId: Id;
  regimeName: string;
  receivingUnitName: string;
  period: string;
  dueOn: string;
  state: CellState;
  timeliness: Timeliness;
  completeness: number | null;
}

const get = <T>(path: string, query?: Record<string, string | number | undefined>) => ({
  queryKey: [...REPORTS_KEY, path, query ?? {}],
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get<T>(path, query, signal),
});

export const useRegimes = () => useQuery(get<{ items: RegimeSummary[] }>("/reports/regimes"));
export const useRegime = (id: Id | null) =>
  useQuery({ ...get<RegimeDetail>(`/reports/regimes/${id}`), enabled: id !== null });
export const useCalendar = (id: Id) => useQuery(get<Calendar>(`/reports/regimes/${id}/calendar`));
export const useStats = (id: Id) =>
  useQuery(get<{ total: UnitStats; units: UnitStats[] }>(`/reports/regimes/${id}/stats`));
export const useForm = (id: Id, period: string, unitId: Id) =>
  useQuery(get<SubmissionForm>(`/reports/regimes/${id}/periods/${period}/units/${unitId}`));
export const useConsolidated = (id: Id, period: string) =>
  useQuery(get<Consolidated>(`/reports/regimes/${id}/periods/${period}/consolidated`));
export const useReview = () =>
  useQuery(get<{ items: ReviewItem[]; totals: Record<string, number> }>("/reports/review"));
export const useInbox = (unitId: Id | null) =>
  useQuery({
    ...get<{ items: InboxItem[]; canSubmit: boolean }>("/reports/inbox", { orgUnitId: unitId ?? undefined }),
    enabled: unitId !== null,
  });
export const useIndicatorCatalogue = () =>
  useQuery({
    queryKey: ["indicators", "list"],
    queryFn: ({ signal }) =>
      api.get<{ items: { code: string; name: string; periodType: string }[] }>(
        "/indicators",
        undefined,
        signal,
      ),
  });

/** A write that refreshes everything the reports pages show. */
export function useReportWrite<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTS_KEY }),
  });
}

export const documentUrl = (id: Id, period: string, ext: "docx" | "xlsx") =>
  buildUrl(`/reports/regimes/${id}/periods/${period}/consolidated.${ext}`);
