// Wall mode for the operations centre's big screen: full screen, dark, large type, and panels
// that rotate on their own (key indicators → map and ranking → targets at risk → tasks and
// reports). Figures stay live: the same queries and the same event stream as the dashboard.
import "./wall.css";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GeoAnswer, Overview, Panels, Ranking, TargetForecast } from "./api";
import { ForecastPanel } from "./ForecastPanel";
import { type MapIndicator, MapPanel } from "./MapPanel";
import { FeedbackPanel, ReportsPanel, TasksPanel } from "./OpsPanels";
import { RankingPanel } from "./RankingPanel";
import { TileCard } from "./TileGrid";
import type { LiveState } from "./useLiveUpdates";

interface Props {
  overview: Overview | undefined;
  ranking: Ranking | undefined;
  forecasts: TargetForecast[] | undefined;
  panels: Panels | undefined;
  geo: GeoAnswer | undefined;
  mapIndicator: MapIndicator | null;
  mapValues: Map<number, number | null>;
  live: LiveState;
  seconds: number;
  onExit: () => void;
  renderKey: string;
  onRendered: (renderKey: string) => void;
}

type Slide = "tiles" | "map" | "risk" | "ops";

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const time = new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(now);
  const date = new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    weekday: "long",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(now);
  return (
    <div className="dh-wall-clock">
      <div className="dh-wall-time">{time}</div>
      <div className="dh-wall-date">{date}</div>
    </div>
  );
}

export function WallMode({
  overview,
  ranking,
  forecasts,
  panels,
  geo,
  mapIndicator,
  mapValues,
  live,
  seconds,
  onExit,
  renderKey,
  onRendered,
}: Props) {
  const { t } = useTranslation();
  const slides: Slide[] = [
    "tiles",
    "map",
    "risk",
    ...(panels?.tasks || panels?.reports ? (["ops"] as Slide[]) : []),
  ];
  const [index, setIndex] = useState(0);
  const current = slides[index % slides.length];
  const next = useCallback(() => setIndex((i) => (i + 1) % slides.length), [slides.length]);

  // A manual "next" restarts the countdown: the timer is set again whenever the slide changes.
  useEffect(() => {
    const id = setTimeout(() => setIndex((index + 1) % slides.length), Math.max(5, seconds) * 1000);
    return () => clearTimeout(id);
  }, [index, slides.length, seconds]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !document.fullscreenElement) onExit();
      if (e.key === "ArrowRight" || e.key === " ") next();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onExit, next]);

  // Only the map slide has a chart to wait for; the others are drawn with their data.
  useEffect(() => {
    if (current !== "map") onRendered(renderKey);
  }, [current, onRendered, renderKey]);

  const keyTiles = (overview?.tiles ?? [])
    .filter((x) => x.value !== null)
    .sort((a, b) => Number(!!b.target) - Number(!!a.target))
    .slice(0, 12);
  const atRisk = (forecasts ?? []).filter((f) => f.atRisk);

  return (
    <section className="dh-wall" aria-label={t("dash.wall")} data-testid="wall">
      <header className="dh-wall-head">
        <div>
          <div className="dh-wall-title">{t("dash.title")}</div>
          <div className="dh-wall-unit">
            {overview?.unit.name} · {t(`dash.wallSlides.${current}`)}
          </div>
        </div>
        <div className="dh-wall-controls">
          <span className={`dh-live dh-live-${live}`}>
            {live === "offline" ? t("dash.offline") : t("dash.live")}
          </span>
          <div className="dh-wall-dots" aria-hidden>
            {slides.map((s, i) => (
              <span key={s} className={i === index % slides.length ? "on" : ""} />
            ))}
          </div>
          <button type="button" onClick={next}>
            {t("dash.wallNext")}
          </button>
          <button
            type="button"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t("dash.wallFullscreen")}
          </button>
          <button type="button" onClick={onExit}>
            {t("dash.wallExit")}
          </button>
          <Clock />
        </div>
      </header>
      <main className="dh-wall-body">
        {current === "tiles" && (
          <div className="dh-wall-tiles">
            {keyTiles.map((tile) => (
              <TileCard key={tile.indicator.code} tile={tile} large />
            ))}
          </div>
        )}
        {current === "map" && geo && geo.geojson.features.length > 0 && (
          <div className="dh-wall-split">
            <div className="dh-wall-card">
              <h2>{mapIndicator?.name}</h2>
              <MapPanel
                geo={geo}
                indicator={mapIndicator}
                indicators={[]}
                values={mapValues}
                onIndicator={() => undefined}
                onPick={() => undefined}
                renderKey={renderKey}
                onRendered={onRendered}
                height="68vh"
                compact
              />
            </div>
            {ranking && (
              <div className="dh-wall-card">
                <h2>{t("dash.rankingTitle")}</h2>
                <RankingPanel
                  ranking={{ ...ranking, items: ranking.items.slice(0, 15) }}
                  meta={undefined}
                  rankIndicator={null}
                  preset=""
                  onRankBy={() => undefined}
                  onWeights={() => undefined}
                  onPick={() => undefined}
                  maxHeight={2000}
                  large
                />
              </div>
            )}
          </div>
        )}
        {current === "risk" && (
          <div className="dh-wall-card dh-wall-wide">
            <h2>
              {t("dash.wallSlides.risk")}: {atRisk.length}/{forecasts?.length ?? 0}
            </h2>
            <ForecastPanel items={forecasts ?? []} maxHeight={2000} limit={9} />
          </div>
        )}
        {current === "ops" && (
          <div className="dh-wall-split">
            {panels?.tasks && (
              <div className="dh-wall-card">
                <h2>{t("dash.tasksTitle")}</h2>
                <TasksPanel tasks={panels.tasks} limit={10} />
              </div>
            )}
            {(panels?.reports || panels?.feedback) && (
              <div className="dh-wall-card">
                {panels?.reports && (
                  <>
                    <h2>{t("dash.reportsTitle")}</h2>
                    <ReportsPanel reports={panels.reports} limit={8} />
                  </>
                )}
                {panels?.feedback && (
                  <>
                    <h2>{t("dash.feedbackTitle")}</h2>
                    <FeedbackPanel feedback={panels.feedback} />
                  </>
                )}
              </div>
            )}
          </div>
        )}
      </main>
    </section>
  );
}
