/**
 * Sections headed by a unit, the usual shape of "Tổ chức thực hiện" and "Nhiệm vụ cụ thể":
 *
 *   1. Trưởng phòng Văn hóa và Thông tin          <- the lead
 *   a) Đẩy mạnh công tác tuyên truyền             <- a group (it has bullets under it)
 *   - Tiếp tục ...                                <- a task
 *   3. Công an thành phố: Chủ trì, phối hợp ...   <- a lead and its one task on one line
 *   9. Văn phòng HĐND và UBND thành phố chủ trì phối hợp các phòng, ban, địa phương:
 *   Các thành viên Ban Chỉ đạo; ... thực hiện chế độ báo cáo như sau:   <- a lead in a paragraph
 *
 * A plain paragraph after the bullets of a section closes it ("Căn cứ Kế hoạch này, ...").
 */
import { cutAtVerb, isUnitPhrase, splitUnitList } from "../text/unit-phrases";
import { coordinatorsIn, splitAssignment } from "./assignments";
import { findDeadlineInText, NO_DEADLINE } from "./deadline";
import { codeOf, type OutlineLine } from "./outline";
import type { ParseContext, ParsedTask } from "./types";

interface UnitHeading {
  lead: string;
  coordinators: string[];
  /** Text of a one-line section ("Công an thành phố: Chủ trì, ..."), "" when tasks follow. */
  inline: string;
}

const NUMBERED = new Set(["roman", "arabic", "decimal", "letter", "upper"]);
const DUTY_QUALIFIER = /\s+(?:theo|căn cứ)\s+(?:chức năng|nhiệm vụ).*$/iu;

/** Reads a heading such as "Phòng Y tế thành phố: Chủ trì, ..." as a unit and its duties. */
export function readUnitHeading(body: string): UnitHeading | null {
  const colon = body.indexOf(":");
  const head = colon >= 0 && colon < 200 ? body.slice(0, colon) : body;
  const inlineAfterColon = colon >= 0 && colon < 200 ? body.slice(colon + 1).trim() : "";
  const role = /\s+chủ trì(?=[\s,:]|$)/iu.exec(head);
  const leadRaw = cutAtVerb(role ? head.slice(0, role.index) : head);
  const leadText = leadRaw.replace(DUTY_QUALIFIER, "").trim();
  if (!isUnitPhrase(leadText) || leadText.split(" ").length > 16) return null;
  const afterLead = head.slice(role ? role.index : leadRaw.length);
  const hasColon = colon >= 0 && colon < 200;
  // "2. Sở Tài chính chủ trì, bố trí kinh phí ..." is a sentence, read as prose; a heading is
  // the unit alone or ends with a colon.
  if (!hasColon && afterLead.trim().length > 0) return null;
  const coordinators = role ? coordinatorsIn(afterLead) : [];
  return { lead: leadText, coordinators, inline: hasColon ? inlineAfterColon : "" };
}

// "Các thành viên Ban Chỉ đạo; ... thực hiện chế độ báo cáo như sau:" introduces bullets for the units it names.
function readIntroParagraph(line: OutlineLine): UnitHeading | null {
  if (line.style !== "none" || !/:\s*$/.test(line.body)) return null;
  const leadText = cutAtVerb(line.body);
  if (leadText === line.body.replace(/:\s*$/, "") || !isUnitPhrase(leadText)) return null;
  return { lead: leadText, coordinators: [], inline: "" };
}

interface OpenSection {
  heading: UnitHeading;
  /** Index of the heading line; the section lasts while that heading is open. */
  anchor: number;
  /** Paragraph-introduced sections end at the next numbered line. */
  paragraph: boolean;
  pending: OutlineLine | null;
  bulletsInGroup: boolean;
}

export interface UnitSectionResult {
  tasks: ParsedTask[];
  /** Logical-line indexes the sections cover (headings and their tasks). */
  covered: Set<number>;
}

/** Tasks of every unit-headed section among the outline lines. */
export function unitSectionTasks(outline: OutlineLine[], ctx: ParseContext): UnitSectionResult {
  const tasks: ParsedTask[] = [];
  const covered = new Set<number>();
  const counters = new Map<string, number>();
  let open: OpenSection | null = null;

  // A one-line section reads best as its action ("Chủ trì, phối hợp với X cung cấp ..." ->
  // "Cung cấp ..."); a bullet is kept as written.
  const makeTask = (
    line: OutlineLine,
    text: string,
    lead: UnitHeading,
    code: string,
    asWritten: boolean,
  ): ParsedTask => {
    const split = splitAssignment(text);
    const coordinators = split.coordinators;
    const action = asWritten ? text : split.action;
    const found = findDeadlineInText(text, ctx.year);
    if (found?.warning) ctx.warnings.push({ line: line.line, message: found.warning });
    const merged = [...lead.coordinators];
    for (const unit of coordinators) if (!merged.includes(unit)) merged.push(unit);
    const own = line.headings.filter((h) => h.index !== line.index);
    return {
      code,
      title: action.replace(/[.;]$/, "") || text,
      lead: lead.lead,
      coordinators: merged,
      deadline: found ? found.deadline : { ...NO_DEADLINE },
      result: null,
      leads: splitUnitList(lead.lead),
      section: own.length > 0 ? own[own.length - 1].text : null,
      source: { line: line.line, shape: "unit-section" },
    };
  };
  const nextCode = (base: string): string => {
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    return base.length > 0 ? `${base}.${n}` : String(n);
  };
  const flushPending = () => {
    if (!open?.pending) return;
    const p = open.pending;
    tasks.push(makeTask(p, p.body, open.heading, codeOf(p.headings.map((h) => h.label)), true));
    open.pending = null;
  };

  for (const line of outline) {
    const numbered = NUMBERED.has(line.style);
    if (open) {
      const anchor = open.anchor;
      const inside = open.paragraph
        ? !numbered
        : line.headings.some((h) => h.index === anchor) && line.index !== anchor;
      if (!inside) {
        flushPending();
        open = null;
      }
    }
    if (!open) {
      const heading = numbered ? readUnitHeading(line.body) : readIntroParagraph(line);
      if (!heading) continue;
      covered.add(line.index);
      if (heading.inline.length > 0) {
        tasks.push(makeTask(line, heading.inline, heading, codeOf(line.headings.map((h) => h.label)), false));
      }
      open = { heading, anchor: line.index, paragraph: !numbered, pending: null, bulletsInGroup: false };
      continue;
    }
    if (numbered) {
      flushPending();
      open.pending = line;
      open.bulletsInGroup = false;
      covered.add(line.index);
      continue;
    }
    if (line.style === "none" && open.bulletsInGroup) {
      // Closing prose after the list ("Căn cứ Kế hoạch này, ...") is not one of the unit's tasks.
      open = null;
      continue;
    }
    open.pending = null;
    if (line.style === "bullet") open.bulletsInGroup = true;
    covered.add(line.index);
    tasks.push(
      makeTask(line, line.body, open.heading, nextCode(codeOf(line.headings.map((h) => h.label))), true),
    );
  }
  flushPending();
  return { tasks, covered };
}
