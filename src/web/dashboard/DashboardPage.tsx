// The leader dashboard (IOC view), mounted at "/": tiles, map, ranking, forecasts and operations
// panels for the scope unit, live through server-sent events, with drill-down, saved views, the
// meeting brief and a wall mode for the operations centre. `data-ready="true"` on the root marks
// the moment every panel has drawn (benchmarks and browser tests wait for it).
import "./i18n";
import "./dashboard.css";
import { Alert, Button, Group, SegmentedControl, Select, Tooltip } from "@mantine/core";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { periodForDate, periodLabel, previousPeriod } from "../../core/periods";
import { useScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { formatDate, formatTimeOfDay } from "../lib/format";
import {
  briefUrl,
  type SavedView,
  type Tile,
  useForecasts,
  useGeo,
  useMeta,
  useOverview,
  usePanels,
  useRanking,
  useSharedView,
} from "./api";
import { DrillDrawer } from "./DrillDrawer";
import { shortPeriod } from "./dash-format";
import { ForecastPanel } from "./ForecastPanel";
import { type MapIndicator, MapPanel } from "./MapPanel";
import { FeedbackPanel, ReportsPanel, TasksPanel } from "./OpsPanels";
import { RankingPanel } from "./RankingPanel";
import { SavedViews } from "./SavedViews";
import { TileGrid } from "./TileGrid";
import { toViewConfig, useDashboardState, weightsText } from "./useDashboardState";
import { useLiveUpdates } from "./useLiveUpdates";
import { WallMode } from "./WallMode";

function Panel({
  title,
  children,
  testId,
  extra,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  extra?: ReactNode;
}) {
  return (
    <section className="dh-panel" aria-label={title} data-testid={testId}>
      <div className="dh-panel-title">
        <h2>{title}</h2>
        {extra}
      </div>
      {children}
    </section>
  );
}

/** The last 24 months before today, newest first, as period choices. */
function monthChoices(today: string, language: string): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  let month = previousPeriod(periodForDate(today, "month"));
  for (let i = 0; i < 24; i++) {
    out.push({ value: month.code, label: periodLabel(month.code, language.startsWith("en") ? "en" : "vi") });
    month = previousPeriod(month);
  }
  return out;
}

const PREFERRED_MAP = "TTHC_HS_TRUC_TUYEN";

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const scope = useScope();
  const { state, update, applyView } = useDashboardState();
  const unit = scope.unitId;
  const query = useMemo(
    () => ({ unit, groups: state.groups, period: state.period }),
    [unit, state.groups, state.period],
  );
  const meta = useMeta();
  const overview = useOverview(query);
  const rankParams = useMemo(
    () =>
      state.rankIndicator
        ? { indicator: state.rankIndicator }
        : { preset: state.preset, weights: state.weights ? weightsText(state.weights) : undefined },
    [state.rankIndicator, state.preset, state.weights],
  );
  const ranking = useRanking(query, rankParams);
  const forecasts = useForecasts(query);
  const panels = usePanels(unit);
  const geo = useGeo(unit);
  const live = useLiveUpdates(unit);
  const [drawnKey, setDrawnKey] = useState("");
  const [activeView, setActiveView] = useState<SavedView | null>(null);
  const shared = useSharedView(state.viewToken);

  // A shared link: apply its arrangement once, then drop the token from the address.
  useEffect(() => {
    if (!shared.data) return;
    setActiveView(shared.data.item);
    applyView(shared.data.item.config, scope.setUnitId);
  }, [shared.data, applyView, scope.setUnitId]);

  // Indicators a unit has no figure for at all in the window (a province-level figure seen from a
  // ward) make empty tiles: they are left out, and counted in a note.
  const allTiles = overview.data?.tiles ?? [];
  const tiles = useMemo(
    () => allTiles.filter((x) => x.value !== null || x.sparkline.some((p) => p.value !== null)),
    [allTiles],
  );
  const hiddenTiles = allTiles.length - tiles.length;
  const mapIndicators: MapIndicator[] = useMemo(() => {
    const kids = overview.data?.children ?? [];
    // A unit without children is its own map: any indicator it has a figure for.
    if (kids.length === 0) return tiles.filter((x) => x.value !== null).map((x) => x.indicator);
    return tiles.filter((x) => kids.some((c) => c.values[x.indicator.code] !== null)).map((x) => x.indicator);
  }, [tiles, overview.data]);
  const mapIndicator =
    mapIndicators.find((i) => i.code === state.mapIndicator) ??
    mapIndicators.find((i) => i.code === state.rankIndicator) ??
    mapIndicators.find((i) => i.code === PREFERRED_MAP) ??
    mapIndicators[0] ??
    (tiles[0]?.indicator || null);
  const mapValues = useMemo(() => {
    const values = new Map<number, number | null>();
    for (const c of overview.data?.children ?? [])
      values.set(c.id, mapIndicator ? (c.values[mapIndicator.code] ?? null) : null);
    // A unit without children is its own map: show its own figure.
    if (overview.data && overview.data.children.length === 0 && mapIndicator) {
      const own = tiles.find((x) => x.indicator.code === mapIndicator.code);
      values.set(overview.data.unit.id, own?.value ?? null);
    }
    return values;
  }, [overview.data, mapIndicator, tiles]);

  // Ready only once the map has drawn what the current data say (a key per geometry, indicator
  // and figures), whatever order the queries and the chart's frames come in.
  const mapKey = `${geo.dataUpdatedAt}|${mapIndicator?.code ?? ""}|${overview.dataUpdatedAt}`;
  const onMapRendered = useCallback((key: string) => setDrawnKey(key), []);

  const openDrill = (indicator: string, drillUnit: number | null, period: string | null) =>
    update({ drill: indicator, drillUnit: drillUnit ? String(drillUnit) : null, drillPeriod: period }, true);
  const tilePeriod = (code: string) => tiles.find((x) => x.indicator.code === code)?.period ?? null;
  const onTile = (tile: Tile) => openDrill(tile.indicator.code, unit, tile.period);
  const onPickUnit = (id: number) => {
    const code = state.rankIndicator ?? mapIndicator?.code;
    if (code) openDrill(code, id, tilePeriod(code));
  };

  const queries = [overview, ranking, forecasts, panels, geo];
  const failed = queries.find((q) => q.error)?.error;
  const ready =
    queries.every((q) => q.isSuccess && !q.isFetching) &&
    (drawnKey === mapKey || !geo.data?.geojson.features.length);
  const periods = useMemo(
    () => monthChoices(meta.data?.today ?? new Date().toISOString().slice(0, 10), i18n.language),
    [meta.data?.today, i18n.language],
  );
  const groupOptions = [
    { value: "", label: t("dash.allGroups") },
    ...(meta.data?.groups ?? [])
      .filter((g) => meta.data?.indicators.some((i) => i.groups.includes(g.code)))
      .map((g) => ({ value: g.code, label: t(`dash.groupShort.${g.code}`, { defaultValue: g.code }) })),
  ];

  if (state.wall)
    return (
      <div data-ready={ready ? "true" : "false"} data-testid="dashboard">
        <WallMode
          overview={overview.data}
          ranking={ranking.data}
          forecasts={forecasts.data?.items}
          panels={panels.data}
          geo={geo.data}
          mapIndicator={mapIndicator}
          mapValues={mapValues}
          live={live.state}
          seconds={20}
          onExit={() => update({ wall: null })}
          renderKey={mapKey}
          onRendered={onMapRendered}
        />
      </div>
    );

  const updated = live.lastChange ?? (overview.dataUpdatedAt ? new Date(overview.dataUpdatedAt) : null);
  return (
    <div className="dh-dashboard" data-ready={ready ? "true" : "false"} data-testid="dashboard">
      <PageHeader
        title={t("dash.title")}
        description={
          <span className="dh-subtitle">
            <strong>{overview.data?.unit.name ?? scope.unit?.name}</strong>
            {overview.data && <> · {t("dash.subtitle", { date: formatDate(overview.data.asOf) })}</>}
            <Tooltip label={t("dash.liveHint")}>
              <span className={`dh-live dh-live-${live.state}`} data-testid="live-state">
                {live.state === "offline" ? t("dash.offline") : t("dash.live")}
              </span>
            </Tooltip>
            {updated && (
              <span className="dh-updated">{t("dash.updatedAt", { time: formatTimeOfDay(updated) })}</span>
            )}
          </span>
        }
        actions={
          <>
            <Select
              size="xs"
              w={150}
              aria-label={t("dash.period")}
              data={[{ value: "", label: t("dash.periodLatest") }, ...periods]}
              value={state.period ?? ""}
              onChange={(v) => update({ period: v || null })}
              allowDeselect={false}
            />
            <SavedViews
              config={toViewConfig(state, unit)}
              active={activeView}
              onApply={(v) => {
                setActiveView(v);
                applyView(v.config, scope.setUnitId);
              }}
              onSaved={setActiveView}
            />
            <Tooltip label={t("dash.wallHint")} multiline w={260}>
              <Button size="xs" variant="default" onClick={() => update({ wall: "1" }, true)}>
                {t("dash.wall")}
              </Button>
            </Tooltip>
            <Tooltip label={t("dash.briefHint")} multiline w={280}>
              <Button size="xs" component="a" href={briefUrl(query)} download data-testid="brief-download">
                {t("dash.brief")}
              </Button>
            </Tooltip>
          </>
        }
      />
      {activeView && !activeView.mine && (
        <Alert variant="light" color="blue" mb="sm" withCloseButton onClose={() => setActiveView(null)}>
          {t("dash.viewOpened", { name: activeView.name, owner: activeView.owner })}
        </Alert>
      )}
      {failed ? <ErrorAlert error={failed} focus={false} /> : null}
      <Group justify="space-between" mb="xs" gap="xs">
        <SegmentedControl
          size="xs"
          aria-label={t("dash.groups")}
          data={groupOptions}
          value={state.groups[0] ?? ""}
          onChange={(v) => update({ groups: v || null })}
        />
        {tiles[0] && (
          <span className="dh-period-note">
            {shortPeriod(tiles.find((x) => x.indicator.periodType === "month")?.period ?? tiles[0].period)}
          </span>
        )}
      </Group>

      <Panel title={t("dash.tilesTitle")} testId="tiles">
        {overview.isPending ? (
          <p className="dh-empty">{t("dash.loading")}</p>
        ) : (
          <>
            <TileGrid tiles={tiles} onOpen={onTile} />
            {hiddenTiles > 0 && <p className="dh-empty">{t("dash.hiddenTiles", { count: hiddenTiles })}</p>}
          </>
        )}
      </Panel>

      <div className="dh-grid-2">
        <Panel title={t("dash.mapTitle")}>
          {geo.data && geo.data.geojson.features.length === 0 && (
            // A unit with no mapped children (a department): ECharts cannot draw an empty map.
            <p className="dh-muted">{t("dash.noMap")}</p>
          )}
          {geo.data && geo.data.geojson.features.length > 0 && (
            <MapPanel
              geo={geo.data}
              indicator={mapIndicator}
              indicators={mapIndicators}
              values={mapValues}
              onIndicator={(code) => update({ map: code })}
              onPick={onPickUnit}
              renderKey={mapKey}
              onRendered={onMapRendered}
            />
          )}
        </Panel>
        <Panel title={t("dash.rankingTitle")}>
          {ranking.data && (
            <RankingPanel
              ranking={ranking.data}
              meta={meta.data}
              rankIndicator={state.rankIndicator}
              preset={state.preset}
              onRankBy={({ indicator, preset }) =>
                update({ rank: indicator, preset: preset === "CDS" ? null : preset, weights: null })
              }
              onWeights={(w) => update({ weights: w ? weightsText(w) : null })}
              onPick={onPickUnit}
            />
          )}
        </Panel>
      </div>

      <div className="dh-grid-2">
        <Panel title={t("dash.forecastTitle")}>
          {forecasts.data && (
            <ForecastPanel
              items={forecasts.data.items}
              onOpen={(code) => openDrill(code, unit, tilePeriod(code))}
            />
          )}
        </Panel>
        <div className="dh-stack">
          {panels.data?.tasks && (
            <Panel title={t("dash.tasksTitle")}>
              <TasksPanel tasks={panels.data.tasks} />
            </Panel>
          )}
          {panels.data?.reports && (
            <Panel title={t("dash.reportsTitle")}>
              <ReportsPanel reports={panels.data.reports} />
            </Panel>
          )}
          {panels.data?.feedback && (
            <Panel title={t("dash.feedbackTitle")}>
              <FeedbackPanel feedback={panels.data.feedback} />
            </Panel>
          )}
        </div>
      </div>

      <DrillDrawer
        indicator={state.drill?.indicator ?? null}
        unit={state.drill?.unit ?? unit}
        period={state.drill?.period ?? null}
        onNavigate={(id) => update({ drillUnit: String(id) }, true)}
        onClose={() => update({ drill: null, drillUnit: null, drillPeriod: null }, true)}
      />
    </div>
  );
}
