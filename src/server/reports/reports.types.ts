import type { DeadlineRule } from "../../core/calendar";

// The reporting-regime model of Nghị định 09/2019/NĐ-CP (Điều 6): name, content, reporting units,
// receiving unit, method, frequency, data cut-off window, deadline, outline and data tables.

export const FREQUENCIES = ["month", "quarter", "sixmonth", "ninemonth", "year", "adhoc"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABEL_VI: Record<Frequency, string> = {
  month: "Hằng tháng",
  quarter: "Hằng quý",
  sixmonth: "6 tháng",
  ninemonth: "9 tháng",
  year: "Hằng năm",
  adhoc: "Đột xuất",
};

/** Phương thức gửi, nhận báo cáo (NĐ 09, Điều 6 khoản 5). */
export const METHODS = ["system", "electronic_document", "paper", "email", "fax"] as const;
export type Method = (typeof METHODS)[number];

export const METHOD_LABEL_VI: Record<Method, string> = {
  system: "Qua Hệ thống thông tin báo cáo",
  electronic_document: "Văn bản điện tử",
  paper: "Văn bản giấy",
  email: "Thư điện tử",
  fax: "Fax",
};

/** One heading of the outline (đề cương) that each unit writes. */
export interface SectionDef {
  key: string;
  title: string;
  guidance: string | null;
  required: boolean;
  maxLength: number;
}

export const DEFAULT_SECTION_MAX = 20_000;
export const SECTION_MAX_LIMIT = 100_000;

/** What the consolidated document needs beyond the data (NĐ 30/2020 header, recipients, signer). */
export interface RegimeTemplate {
  /** Title of the consolidated report; "{period}" is replaced by the period's label. */
  title?: string;
  /** Symbol after "BC-": "SKHCN" gives "Số: 12/BC-SKHCN". */
  issuerCode?: string;
  place?: string;
  intro?: string;
  recipients?: string[];
  signerAuthority?: string;
  signerPosition?: string;
  signerName?: string;
}

export interface Regime {
  id: number;
  code: string;
  name: string;
  legalBasis: string | null;
  content: string | null;
  frequency: Frequency;
  method: Method;
  receivingUnitId: number;
  receivingUnitName: string;
  cutoffStartDay: number;
  deadlineText: string;
  deadlineRule: DeadlineRule;
  indicatorCodes: string[];
  extraItems: string[];
  sections: SectionDef[];
  template: RegimeTemplate;
  startPeriod: string;
  endPeriod: string | null;
  adhocDue: string | null;
  remindBefore: number[];
  active: boolean;
  version: number;
  unitIds: number[];
  createdAt: string;
  updatedAt: string;
}

export const SUBMISSION_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABEL_VI: Record<SubmissionStatus, string> = {
  draft: "Đang soạn",
  submitted: "Đã gửi, chờ tiếp nhận",
  returned: "Bị trả lại",
  accepted: "Đã tiếp nhận",
};

export interface Submission {
  id: number;
  regimeId: number;
  period: string;
  orgUnitId: number;
  status: SubmissionStatus;
  narrative: Record<string, string>;
  dueOn: string;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  submittedByName: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  returnReason: string | null;
  submitCount: number;
  version: number;
  updatedAt: string;
}

/** State of one expected report (period x unit) in the calendar. */
export type CellState = "accepted" | "submitted" | "returned" | "draft" | "missing" | "open";
export type Timeliness = "onTime" | "late" | null;
