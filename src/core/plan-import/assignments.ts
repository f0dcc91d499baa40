/**
 * Assignments written as sentences: "Giao Sở X chủ trì, phối hợp với Y, Z tham mưu ..., hoàn
 * thành trước ngày 25/02/2025", "Sở Tài chính chủ trì, phối hợp ...", "Yêu cầu UBND các huyện ...".
 * Also the pieces shared with unit sections: who coordinates ("phối hợp với ...") and what the
 * action is once the units are taken off.
 */
import { foldVietnamese } from "../text/fold";
import { cutAtVerb, firstVerbIndex, isUnitPhrase, splitUnitList } from "../text/unit-phrases";
import { findDeadlineInText, NO_DEADLINE, parseDeadline } from "./deadline";
import { codeOf, type OutlineLine } from "./outline";
import type { ParseContext, ParsedTask } from "./types";

const COORDINATE = /phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+(?=[^\s,;.])/giu;

function unitsAt(rest: string): { units: string[]; length: number } {
  const stop = rest.search(/[.;:(]/);
  const bounded = stop >= 0 ? rest.slice(0, stop) : rest;
  const head = cutAtVerb(bounded);
  const units = splitUnitList(head).filter((u) => isUnitPhrase(u) || /^(các|những)\s/iu.test(u));
  return { units, length: units.length > 0 ? head.length : 0 };
}

/** Every unit named after "phối hợp (với)" in the text, in order, without repeats. */
export function coordinatorsIn(text: string): string[] {
  const found: string[] = [];
  COORDINATE.lastIndex = 0;
  for (let m = COORDINATE.exec(text); m !== null; m = COORDINATE.exec(text)) {
    for (const unit of unitsAt(text.slice(m.index + m[0].length)).units)
      if (!found.includes(unit)) found.push(unit);
  }
  return found;
}

function capitalise(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * Splits what follows the lead unit: ", chủ trì, phối hợp với Sở A, Sở B tham mưu ..." ->
 * coordinators [Sở A, Sở B] and the action "Tham mưu ...".
 */
export function splitAssignment(afterLead: string): { coordinators: string[]; action: string } {
  let rest = afterLead.replace(/^[\s,:]*(?:chủ trì(?:\s+thực hiện)?)?[\s,:]*/iu, "");
  let coordinators: string[] = [];
  const opening = /^phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+/iu.exec(rest);
  if (opening) {
    const { units, length } = unitsAt(rest.slice(opening[0].length));
    if (units.length > 0) {
      coordinators = units;
      rest = rest.slice(opening[0].length + length);
    }
  }
  const action = capitalise(rest.replace(/^[\s,;:]+/, "").trim());
  for (const unit of coordinatorsIn(action)) if (!coordinators.includes(unit)) coordinators.push(unit);
  return { coordinators, action };
}

const ASSIGNING_VERB = /^(?:Giao(?:\s+cho)?|Yêu cầu|Đề nghị|Phân công|Chỉ đạo|Chỉ thị)\s+/u;
const LEAD_ROLE = /\s+(?:chủ trì|có trách nhiệm|chịu trách nhiệm)(?=[\s,:]|$)/u;

// Closing formulas assign nothing new: "Điều 3. Chánh Văn phòng ..., Thủ trưởng các sở ... chịu
// trách nhiệm thi hành Quyết định này", "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị
// biết, thực hiện".
const BOILERPLATE =
  /thi hành (?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch) này|chịu trách nhiệm thi hành|biết,? (?:và )?thực hiện\s*[./]*$/iu;

/**
 * The lead of an assignment sentence and what follows it, or null when the sentence assigns
 * nothing. In a list item the unit and its verb are enough ("đ) UBND các huyện chỉ đạo ...");
 * in running prose "Giao", "Yêu cầu" or "chủ trì" must say it is an assignment.
 */
export function readAssignment(sentence: string, listItem = false): { lead: string; rest: string } | null {
  if (BOILERPLATE.test(sentence)) return null;
  const verb = ASSIGNING_VERB.exec(sentence);
  if (verb) {
    const rest = sentence.slice(verb[0].length);
    const role = LEAD_ROLE.exec(rest);
    const leadText = cutAtVerb(role ? rest.slice(0, role.index) : rest);
    if (!isUnitPhrase(leadText)) return null;
    return { lead: leadText, rest: rest.slice(leadText.length) };
  }
  const role = LEAD_ROLE.exec(sentence);
  if (!role && listItem) {
    // A recipient list ("- Các sở, ban, ngành tỉnh;") names units but gives them nothing to do.
    const leadText = cutAtVerb(sentence);
    const isDuty = firstVerbIndex(sentence) > 0 && isUnitPhrase(leadText) && leadText.split(" ").length <= 16;
    return isDuty ? { lead: leadText, rest: sentence.slice(leadText.length) } : null;
  }
  if (!role || role.index > 160) return null;
  const leadText = sentence.slice(0, role.index).trim();
  if (!isUnitPhrase(leadText) || cutAtVerb(leadText) !== leadText) return null;
  return { lead: leadText, rest: sentence.slice(role.index) };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+(?=(?:Giao|Yêu cầu|Đề nghị|Phân công)\s)|(?<=\.)\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// "Rà soát dữ liệu dân cư (Giao: Công an xã; phối hợp: ...; thời gian: tháng 9/2025)."
const PARENTHESISED =
  /\(\s*(?:giao|chủ trì|đơn vị chủ trì|cơ quan chủ trì|đơn vị thực hiện|thực hiện)\s*:\s*([^;)]+?)\s*(?:;\s*(?:phối hợp|đơn vị phối hợp)\s*:\s*([^;)]+?)\s*)?(?:;\s*(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*([^;)]+?)\s*)?\)\s*[.;]?\s*$/iu;

function parenthesisedTask(line: OutlineLine, ctx: ParseContext): ParsedTask | null {
  const m = PARENTHESISED.exec(line.body);
  if (!m || m.index === 0) return null;
  const { deadline, warning } = m[3]
    ? parseDeadline(m[3], ctx.year)
    : { deadline: { ...NO_DEADLINE }, warning: null };
  if (warning) ctx.warnings.push({ line: line.line, message: warning });
  return {
    code: line.style !== "bullet" && line.style !== "none" ? codeOf(line.headings.map((h) => h.label)) : null,
    title: line.body
      .slice(0, m.index)
      .trim()
      .replace(/[.;:,]$/, ""),
    lead: m[1].trim(),
    coordinators: m[2] ? splitUnitList(m[2]) : [],
    deadline,
    result: null,
    leads: splitUnitList(m[1]),
    section: line.headings.filter((h) => h.index !== line.index).pop()?.text ?? null,
    source: { line: line.line, shape: "prose" },
  };
}

// Under "Tổ chức thực hiện", "Nhiệm vụ", "Phân công" a paragraph starting with a unit and its
// verb is an assignment, as a list item is anywhere.
const DUTY_HEADING = /to chuc thuc hien|nhiem vu|phan cong|giai phap/;

/** Tasks assigned in the sentences of one outline line. */
export function assignmentTasks(line: OutlineLine, ctx: ParseContext): ParsedTask[] {
  const inParentheses = parenthesisedTask(line, ctx);
  if (inParentheses) return [inParentheses];
  const tasks: ParsedTask[] = [];
  const listItem =
    line.style !== "none" || line.headings.some((h) => DUTY_HEADING.test(foldVietnamese(h.text)));
  for (const sentence of sentencesOf(line.body)) {
    const assignment = readAssignment(sentence, listItem);
    if (!assignment) continue;
    const { coordinators, action } = splitAssignment(assignment.rest);
    const found = findDeadlineInText(sentence, ctx.year);
    if (found?.warning) ctx.warnings.push({ line: line.line, message: found.warning });
    tasks.push({
      code: null,
      title: action.replace(/[.;]$/, "") || sentence,
      lead: assignment.lead,
      coordinators,
      deadline: found ? found.deadline : { ...NO_DEADLINE },
      result: null,
      leads: splitUnitList(assignment.lead),
      section: line.headings.length > 0 ? line.headings[line.headings.length - 1].text : null,
      source: { line: line.line, shape: "prose" },
    });
  }
  const base =
    line.style !== "bullet" && line.style !== "none" ? codeOf(line.headings.map((h) => h.label)) : null;
  tasks.forEach((task, i) => {
    task.code = base === null ? null : tasks.length === 1 ? base : `${base}.${i + 1}`;
  });
  return tasks;
}
