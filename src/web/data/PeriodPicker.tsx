// Chọn kỳ: month by default, quarter or year when the catalogue has indicators of that kind.
// Year + month (or quarter) pickers and previous/next buttons; the value is a period code
// (202610, 2026Q3, 2026).
import { ActionIcon, Group, NativeSelect, SegmentedControl, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { nextPeriod, parsePeriod, periodForDate, previousPeriod } from "../../core/periods";
import { todayIso } from "../lib/format";

export type EntryPeriodType = "month" | "quarter" | "year";

/** The period most units are reporting now: the one before the current one. */
export function defaultPeriod(type: EntryPeriodType, today = todayIso()): string {
  return previousPeriod(periodForDate(today, type)).code;
}

export function periodTypeOf(code: string): EntryPeriodType | null {
  try {
    const type = parsePeriod(code).type;
    return type === "month" || type === "quarter" || type === "year" ? type : null;
  } catch {
    return null;
  }
}

function partsOf(code: string): { year: number; sub: number } {
  const p = parsePeriod(code);
  const year = Number(p.start.slice(0, 4));
  const month = Number(p.start.slice(5, 7));
  return { year, sub: p.type === "quarter" ? Math.ceil(month / 3) : month };
}

function codeOf(type: EntryPeriodType, year: number, sub: number): string {
  if (type === "year") return String(year);
  if (type === "quarter") return `${year}Q${sub}`;
  return `${year}${String(sub).padStart(2, "0")}`;
}

export interface PeriodPickerProps {
  value: string;
  onChange: (code: string) => void;
  types: EntryPeriodType[];
}

export function PeriodPicker({ value, onChange, types }: PeriodPickerProps) {
  const { t } = useTranslation();
  const type = periodTypeOf(value) ?? "month";
  const { year, sub } = partsOf(value);
  const thisYear = Number(todayIso().slice(0, 4));
  const years: string[] = [];
  for (let y = thisYear + 1; y >= thisYear - 6; y--) years.push(String(y));
  if (!years.includes(String(year))) years.push(String(year));
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      {types.length > 1 && (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-type-label">
            {t("dataEntry.periodType")}
          </Text>
          <SegmentedControl
            aria-labelledby="period-type-label"
            value={type}
            onChange={(next) => onChange(defaultPeriod(next as EntryPeriodType))}
            data={types.map((v) => ({ value: v, label: t(`ind.periodType.${v}`) }))}
          />
        </Stack>
      )}
      <ActionIcon
        variant="default"
        size="lg"
        mb={1}
        aria-label={t("dataEntry.previousPeriod")}
        onClick={() => onChange(previousPeriod(value).code)}
      >
        ‹
      </ActionIcon>
      {type === "month" && (
        <NativeSelect
          label={t("dataEntry.month")}
          value={String(sub)}
          onChange={(e) => onChange(codeOf(type, year, Number(e.currentTarget.value)))}
          data={Array.from({ length: 12 }, (_, i) => ({
            value: String(i + 1),
            label: t("dataEntry.monthN", { n: i + 1 }),
          }))}
          w={120}
        />
      )}
      {type === "quarter" && (
        <NativeSelect
          label={t("dataEntry.quarter")}
          value={String(sub)}
          onChange={(e) => onChange(codeOf(type, year, Number(e.currentTarget.value)))}
          data={["I", "II", "III", "IV"].map((roman, i) => ({
            value: String(i + 1),
            label: t("dataEntry.quarterN", { n: roman }),
          }))}
          w={120}
        />
      )}
      <NativeSelect
        label={t("dataEntry.year")}
        value={String(year)}
        onChange={(e) => onChange(codeOf(type, Number(e.currentTarget.value), sub))}
        data={years}
        w={100}
      />
      <ActionIcon
        variant="default"
        size="lg"
        mb={1}
        aria-label={t("dataEntry.nextPeriod")}
        onClick={() => onChange(nextPeriod(value).code)}
      >
        ›
      </ActionIcon>
    </Group>
  );
}
