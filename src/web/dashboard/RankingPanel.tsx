// Ranking of the scope's units on one indicator or on a weighted composite score, with the places
// each unit gained or lost since the previous period. Weights are edited in place and kept in the
// URL (and in a saved view).
import { Button, Group, NumberInput, Popover, ScrollArea, Select, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { localeForLanguage } from "../lib/format";
import type { Meta, Ranking } from "./api";
import { formatFigure } from "./dash-format";

interface Props {
  ranking: Ranking;
  meta: Meta | undefined;
  rankIndicator: string | null;
  preset: string;
  onRankBy: (value: { indicator: string | null; preset: string }) => void;
  onWeights: (weights: { indicator: string; weight: number }[] | null) => void;
  onPick: (unitId: number) => void;
  maxHeight?: number;
  large?: boolean;
}

function Movement({ movement }: { movement: number | null }) {
  const { t } = useTranslation();
  if (movement === null) return <span className="dh-move dh-move-flat">–</span>;
  if (movement === 0)
    return (
      <span className="dh-move dh-move-flat" title={t("dash.noMove")}>
        =
      </span>
    );
  const up = movement > 0;
  return (
    <span
      className={`dh-move ${up ? "dh-move-up" : "dh-move-down"}`}
      title={t(up ? "dash.movedUp" : "dash.movedDown", { n: Math.abs(movement) })}
    >
      {up ? "▲" : "▼"} {Math.abs(movement)}
    </span>
  );
}

function WeightsEditor({ ranking, onWeights }: { ranking: Ranking; onWeights: Props["onWeights"] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(ranking.weights);
  useEffect(() => setDraft(ranking.weights), [ranking.weights]);
  return (
    <Popover width={380} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button size="compact-xs" variant="subtle">
          {t("dash.weights")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" c="dimmed" mb={6}>
          {t("dash.weightsHint")}
        </Text>
        <Stack gap={4}>
          {draft.map((w, i) => (
            <Group key={w.indicator} gap="xs" wrap="nowrap" justify="space-between">
              <Text size="xs" style={{ flex: 1 }} lineClamp={2}>
                {w.name}
              </Text>
              <NumberInput
                size="xs"
                w={72}
                min={0}
                max={1000}
                value={w.weight}
                aria-label={`${t("dash.weights")}: ${w.name}`}
                onChange={(v) =>
                  setDraft(draft.map((x, k) => (k === i ? { ...x, weight: Number(v) || 0 } : x)))
                }
              />
            </Group>
          ))}
        </Stack>
        <Group justify="flex-end" mt="sm" gap="xs">
          <Button size="xs" variant="default" onClick={() => onWeights(null)}>
            {t("dash.weightsReset")}
          </Button>
          <Button
            size="xs"
            onClick={() => onWeights(draft.map(({ indicator, weight }) => ({ indicator, weight })))}
          >
            {t("common.save")}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

export function RankingPanel({
  ranking,
  meta,
  rankIndicator,
  preset,
  onRankBy,
  onWeights,
  onPick,
  maxHeight = 420,
  large = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  const options = [
    ...(meta?.presets ?? []).map((p) => ({
      value: `score:${p.code}`,
      label: `${t("dash.score")}: ${p.name}`,
    })),
    ...(meta?.indicators ?? []).map((i) => ({ value: i.code, label: i.name })),
  ];
  const values = ranking.items.map((i) => i.value).filter((v): v is number => v !== null);
  const top = values.length ? Math.max(...values) : 1;
  const bottom = values.length ? Math.min(...values) : 0;
  const barShare = (v: number | null) =>
    v === null ? 0 : top === bottom ? 1 : 0.15 + (0.85 * (v - bottom)) / (top - bottom);
  return (
    <div className="dh-ranking" data-testid="ranking">
      {!large && (
        <Group gap="xs" mb={6} wrap="nowrap">
          <Select
            size="xs"
            aria-label={t("dash.rankBy")}
            data={options}
            value={rankIndicator ?? `score:${preset}`}
            onChange={(v) =>
              v &&
              onRankBy(
                v.startsWith("score:") ? { indicator: null, preset: v.slice(6) } : { indicator: v, preset },
              )
            }
            allowDeselect={false}
            searchable
            style={{ flex: 1, minWidth: 0 }}
          />
          {ranking.mode === "score" && <WeightsEditor ranking={ranking} onWeights={onWeights} />}
        </Group>
      )}
      <Text size="xs" c="dimmed" mb={4}>
        {ranking.title} · {ranking.periodLabel} · {ranking.unitLabel}
      </Text>
      {ranking.items.length === 0 && <p className="dh-empty">{t("dash.noRanking")}</p>}
      {ranking.items.length > 0 && (
        <ScrollArea.Autosize mah={maxHeight} type="auto">
          <table className="dh-rank-table">
            <thead>
              <tr>
                <th scope="col">{t("dash.rank")}</th>
                <th scope="col">{t("dash.unit")}</th>
                <th scope="col">{ranking.mode === "score" ? t("dash.points") : t("dash.value")}</th>
                <th scope="col">{t("dash.movement")}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.items.map((item) => (
                <tr key={item.id}>
                  <td className="dh-num">{item.rank ?? "–"}</td>
                  <td>
                    <button type="button" className="dh-link" onClick={() => onPick(item.id)}>
                      {item.name}
                    </button>
                  </td>
                  <td className="dh-num dh-bar-cell">
                    <span
                      className="dh-bar"
                      style={{ width: `${Math.round(barShare(item.value) * 100)}%` }}
                      aria-hidden
                    />
                    <span className="dh-bar-text">{formatFigure(item.value, ranking.decimals, locale)}</span>
                  </td>
                  <td className="dh-num">
                    <Movement movement={item.movement} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea.Autosize>
      )}
    </div>
  );
}
