import type { Capability } from "./app";
import { dashboardCapability } from "./dashboard";
import { exchangeCapability } from "./exchange";
import { indicatorsCapability } from "./indicators";
import { plansCapability } from "./plans";
import { reportsCapability } from "./reports";

// Every capability beyond the foundation plugs in here, once: its routes (under /api/v1), its
// background jobs, and its demo data. Order matters for demo data (indicators before reports).
export const CAPABILITIES: Capability[] = [indicatorsCapability, plansCapability, reportsCapability, dashboardCapability, exchangeCapability];
