import { MAX_CODE_LENGTH } from "./ast";
import { describePosition, FormulaError } from "./errors";

export type Token =
  | { type: "number"; value: number; pos: number; text: string }
  | { type: "ref"; code: string; pos: number; text: string }
  | { type: "ident"; name: string; pos: number; text: string }
  | { type: "op"; op: string; pos: number; text: string }
  | { type: "lparen" | "rparen" | "comma" | "eof"; pos: number; text: string };

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
/** Longest first so that "<=" wins over "<". */
const OPERATORS = ["<=", ">=", "<>", "!=", "==", "+", "-", "*", "/", "^", "<", ">", "="];

export function syntaxError(
  source: string,
  offset: number,
  describe: (where: string) => string,
): FormulaError {
  const where = describePosition(source, offset);
  return new FormulaError("FORMULA_SYNTAX", describe(where.text), { line: where.line, column: where.column });
}

function readNumber(source: string, start: number): Token {
  let i = start;
  while (i < source.length && DIGIT.test(source[i])) i++;
  if (source[i] === ".") {
    i++;
    const fractionStart = i;
    while (i < source.length && DIGIT.test(source[i])) i++;
    if (i === fractionStart) {
      throw syntaxError(
        source,
        start,
        (w) => `Số không hợp lệ tại ${w}: sau dấu chấm thập phân phải có chữ số.`,
      );
    }
  }
  if (source[i] === "e" || source[i] === "E") {
    let j = i + 1;
    if (source[j] === "+" || source[j] === "-") j++;
    const exponentStart = j;
    while (j < source.length && DIGIT.test(source[j])) j++;
    if (j > exponentStart) i = j;
  }
  // "1.2.3" or "2A" are typos, not an implicit multiplication: say so at the number.
  if (i < source.length && (source[i] === "." || IDENT_PART.test(source[i]))) {
    let end = i;
    while (end < source.length && (source[end] === "." || IDENT_PART.test(source[end]))) end++;
    const bad = source.slice(start, end);
    throw syntaxError(source, start, (w) => `Số không hợp lệ '${bad}' tại ${w}.`);
  }
  const text = source.slice(start, i);
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw syntaxError(source, start, (w) => `Số '${text}' tại ${w} quá lớn.`);
  }
  return { type: "number", value, pos: start, text };
}

function readBracedRef(source: string, start: number): Token {
  let i = start + 1;
  while (i < source.length && source[i] !== "}" && source[i] !== "{" && source[i] !== "\n") i++;
  if (source[i] !== "}") {
    throw syntaxError(source, start, (w) => `Thiếu dấu '}' để đóng mã chỉ số mở tại ${w}.`);
  }
  const code = source.slice(start + 1, i).trim();
  if (code === "") {
    throw syntaxError(source, start, (w) => `Mã chỉ số trong ngoặc nhọn tại ${w} đang để trống.`);
  }
  if (code.length > MAX_CODE_LENGTH) {
    throw syntaxError(source, start, (w) => `Mã chỉ số tại ${w} dài quá ${MAX_CODE_LENGTH} ký tự.`);
  }
  return { type: "ref", code, pos: start, text: source.slice(start, i + 1) };
}

/** Splits a formula into tokens; whitespace (including new lines) only separates them. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (DIGIT.test(ch) || (ch === "." && DIGIT.test(source[i + 1] ?? ""))) {
      const token = readNumber(source, i);
      tokens.push(token);
      i += token.text.length;
      continue;
    }
    if (ch === "{") {
      const token = readBracedRef(source, i);
      tokens.push(token);
      i += token.text.length;
      continue;
    }
    if (IDENT_START.test(ch)) {
      let end = i + 1;
      while (end < source.length && IDENT_PART.test(source[end])) end++;
      const name = source.slice(i, end);
      if (name.length > MAX_CODE_LENGTH) {
        throw syntaxError(source, i, (w) => `Mã chỉ số tại ${w} dài quá ${MAX_CODE_LENGTH} ký tự.`);
      }
      tokens.push({ type: "ident", name, pos: i, text: name });
      i = end;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      const type = ch === "(" ? "lparen" : ch === ")" ? "rparen" : "comma";
      tokens.push({ type, pos: i, text: ch });
      i++;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
    if (op) {
      tokens.push({ type: "op", op, pos: i, text: op });
      i += op.length;
      continue;
    }
    if (ch === "}") {
      throw syntaxError(source, i, (w) => `Dấu '}' tại ${w} không có dấu '{' mở tương ứng.`);
    }
    if (ch === "%") {
      throw syntaxError(
        source,
        i,
        (w) => `Ký hiệu '%' tại ${w} không được hỗ trợ; hãy nhân với 100, ví dụ {A} / {B} * 100.`,
      );
    }
    const shown = String.fromCodePoint(source.codePointAt(i) ?? 0);
    throw syntaxError(source, i, (w) => `Ký tự không hợp lệ '${shown}' tại ${w}.`);
  }
  tokens.push({ type: "eof", pos: source.length, text: "" });
  return tokens;
}
