// Keeps the dashboard live: listens to GET /api/v1/dashboard/events (server-sent events, already
// filtered by the server to the viewer's scope) and refetches the query families a change
// touches. Changes arriving together (a bulk import) are folded into one refetch.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { API_BASE } from "../lib/api";
import { keysFor } from "./api";

export type LiveState = "connecting" | "live" | "offline";

const FOLD_MS = 100;

export function useLiveUpdates(unitId: number | null): { state: LiveState; lastChange: Date | null } {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  const [lastChange, setLastChange] = useState<Date | null>(null);
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (unitId === null || typeof EventSource === "undefined") return;
    const source = new EventSource(`${API_BASE}/dashboard/events?unit=${unitId}`, { withCredentials: true });
    // The tiles first, the heavier panels (forecasts fit models over three years) after them: on a
    // single-connection database their queries would otherwise interleave and delay the tiles.
    const flush = async () => {
      timer.current = null;
      const families = [...pending.current];
      pending.current.clear();
      const first = families.filter((f) => f === "overview");
      const rest = families.filter((f) => f !== "overview");
      await Promise.all(first.map((f) => client.invalidateQueries({ queryKey: ["dashboard", f] })));
      setLastChange(new Date());
      await Promise.all(rest.map((f) => client.invalidateQueries({ queryKey: ["dashboard", f] })));
    };
    source.addEventListener("ready", () => setState("live"));
    source.addEventListener("change", (event) => {
      let entity = "";
      try {
        entity = String(JSON.parse((event as MessageEvent).data).entity ?? "");
      } catch {
        // An unreadable event still means something changed: refetch everything.
      }
      for (const family of keysFor(entity)) pending.current.add(family);
      if (!timer.current) timer.current = setTimeout(() => void flush().catch(() => undefined), FOLD_MS);
    });
    // EventSource reconnects by itself (the server asks for 2 s); say so meanwhile.
    source.onerror = () => setState("offline");
    source.onopen = () => setState("live");
    return () => {
      source.close();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      pending.current.clear();
    };
  }, [unitId, client]);

  return { state, lastChange };
}
