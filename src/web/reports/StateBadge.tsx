// The colour of a report's state, used in the calendar, the inbox and the review lists, always
// with words (colour alone says nothing to a colour-blind reader or a screen reader).
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { periodLabel } from "../../core/periods";
import type { CellState, Timeliness } from "./api";

export const STATE_COLOR: Record<CellState, string> = {
  accepted: "green",
  submitted: "blue",
  returned: "orange",
  draft: "gray",
  missing: "red",
  open: "gray",
};

export function StateBadge({
  state,
  timeliness,
  compact = false,
}: {
  state: CellState;
  timeliness?: Timeliness;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const late = timeliness === "late";
  const text = `${t(`reports.states.${state}`)}${timeliness ? ` · ${t(timeliness === "late" ? "reports.late" : "reports.onTime")}` : ""}`;
  return (
    <Badge
      color={late && state !== "returned" ? (state === "accepted" ? "lime" : "yellow") : STATE_COLOR[state]}
      variant={state === "open" ? "outline" : state === "draft" ? "light" : "filled"}
      size={compact ? "sm" : "md"}
      title={text}
      styles={{ label: { textTransform: "none" } }}
    >
      {compact ? t(`reports.states.${state}`) : text}
    </Badge>
  );
}

/** Period label in the interface language ("Quý III/2026", "Q3 2026"). */
export function usePeriodLabel(): (code: string) => string {
  const { i18n } = useTranslation();
  return (code: string) => {
    try {
      return periodLabel(code, i18n.language?.startsWith("en") ? "en" : "vi");
    } catch {
      return code;
    }
  };
}

export const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? "—" : `${Math.round(x * 1000) / 10}%`.replace(".", ",");
