import {
  type BinaryOperator,
  type ComparisonOperator,
  type FormulaAst,
  FUNCTION_ARITY,
  isFormulaFunctionName,
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
} from "./ast";
import { describePosition, FormulaError } from "./errors";
import { syntaxError, type Token, tokenize } from "./tokenizer";

const COMPARISON: Record<string, ComparisonOperator> = {
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "=": "=",
  "==": "=",
  "<>": "<>",
  "!=": "<>",
};

const DECIMAL_COMMA_HINT =
  "dấu phẩy chỉ dùng để ngăn cách các đối số của hàm; số thập phân viết bằng dấu chấm, ví dụ 1.5";

function describeToken(token: Token): string {
  return token.type === "eof" ? "cuối công thức" : `'${token.text}'`;
}

function startsValue(token: Token): boolean {
  return token.type === "number" || token.type === "ref" || token.type === "ident" || token.type === "lparen";
}

/**
 * Recursive-descent parser. Precedence, low to high: comparison (not chainable), + -, * /,
 * unary sign, ^ (right-associative, binds tighter than a leading minus: -2^2 = -4).
 */
class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): FormulaAst {
    const ast = this.comparison();
    const next = this.peek();
    if (next.type !== "eof") throw this.unexpectedAfterValue(next);
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private advance(): Token {
    const token = this.tokens[this.index];
    if (token.type !== "eof") this.index++;
    return token;
  }

  private error(offset: number, describe: (where: string) => string): FormulaError {
    return syntaxError(this.source, offset, describe);
  }

  /** A value was complete but something that cannot follow a value came next. */
  private unexpectedAfterValue(token: Token): FormulaError {
    if (token.type === "rparen") return this.error(token.pos, (w) => `Dấu ')' thừa tại ${w}.`);
    if (token.type === "comma") {
      return this.error(token.pos, (w) => `Dấu phẩy tại ${w} không hợp lệ ở đây: ${DECIMAL_COMMA_HINT}.`);
    }
    if (startsValue(token)) {
      return this.error(
        token.pos,
        (w) => `Thiếu phép toán giữa hai giá trị tại ${w} (trước ${describeToken(token)}).`,
      );
    }
    if (token.type === "op" && COMPARISON[token.op]) {
      return this.error(
        token.pos,
        (w) => `Không thể viết hai phép so sánh liên tiếp (tại ${w}); hãy tách ra và dùng hàm and(...).`,
      );
    }
    return this.error(token.pos, (w) => `Không mong đợi ${describeToken(token)} tại ${w}.`);
  }

  private comparison(): FormulaAst {
    const left = this.additive();
    const token = this.peek();
    if (token.type === "op" && COMPARISON[token.op]) {
      this.advance();
      const right = this.additive();
      return { kind: "binary", op: COMPARISON[token.op], left, right, pos: left.pos };
    }
    return left;
  }

  private additive(): FormulaAst {
    let left = this.term();
    for (;;) {
      const token = this.peek();
      if (token.type !== "op" || (token.op !== "+" && token.op !== "-")) return left;
      this.advance();
      const right = this.term();
      left = { kind: "binary", op: token.op as BinaryOperator, left, right, pos: left.pos };
    }
  }

  private term(): FormulaAst {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token.type !== "op" || (token.op !== "*" && token.op !== "/")) return left;
      this.advance();
      const right = this.unary();
      left = { kind: "binary", op: token.op as BinaryOperator, left, right, pos: left.pos };
    }
  }

  /** Every recursive path goes through here, so this is where nesting depth is bounded. */
  private unary(): FormulaAst {
    const token = this.peek();
    this.depth++;
    if (this.depth > MAX_FORMULA_DEPTH) {
      const where = describePosition(this.source, token.pos);
      throw new FormulaError(
        "FORMULA_TOO_DEEP",
        `Công thức lồng nhau quá sâu (tối đa ${MAX_FORMULA_DEPTH} mức) tại ${where.text}.`,
        { line: where.line, column: where.column },
      );
    }
    try {
      if (token.type === "op" && (token.op === "-" || token.op === "+")) {
        this.advance();
        const operand = this.unary();
        return token.op === "-" ? { kind: "neg", operand, pos: token.pos } : operand;
      }
      return this.power();
    } finally {
      this.depth--;
    }
  }

  private power(): FormulaAst {
    const base = this.primary();
    const token = this.peek();
    if (token.type === "op" && token.op === "^") {
      this.advance();
      const exponent = this.unary();
      return { kind: "binary", op: "^", left: base, right: exponent, pos: base.pos };
    }
    return base;
  }

  private primary(): FormulaAst {
    const token = this.advance();
    switch (token.type) {
      case "number":
        return { kind: "number", value: token.value, pos: token.pos };
      case "ref":
        return { kind: "ref", code: token.code, pos: token.pos };
      case "ident":
        if (this.peek().type === "lparen") return this.call(token);
        return { kind: "ref", code: token.name, pos: token.pos };
      case "lparen": {
        const inner = this.comparison();
        const close = this.peek();
        if (close.type === "rparen") {
          this.advance();
          return inner;
        }
        if (close.type === "eof") {
          throw this.error(token.pos, (w) => `Thiếu dấu ')' cho dấu '(' mở tại ${w}.`);
        }
        throw this.unexpectedAfterValue(close);
      }
      case "eof":
        if (this.tokens.length === 1) throw this.error(0, () => "Công thức đang để trống.");
        throw this.error(token.pos, (w) => `Công thức kết thúc khi còn thiếu một giá trị (${w}).`);
      case "comma":
        throw this.error(token.pos, (w) => `Dấu phẩy tại ${w} không hợp lệ ở đây: ${DECIMAL_COMMA_HINT}.`);
      default:
        throw this.error(
          token.pos,
          (w) =>
            `Cần một giá trị (số, mã chỉ số hoặc biểu thức trong ngoặc) tại ${w} nhưng gặp ${describeToken(token)}.`,
        );
    }
  }

  private call(nameToken: Token & { type: "ident" }): FormulaAst {
    const fn = nameToken.name.toLowerCase();
    if (!isFormulaFunctionName(fn)) {
      const known = Object.keys(FUNCTION_ARITY).join(", ");
      throw this.error(
        nameToken.pos,
        (w) => `Hàm '${nameToken.name}' tại ${w} không được hỗ trợ. Các hàm được hỗ trợ: ${known}.`,
      );
    }
    const open = this.advance();
    const args: FormulaAst[] = [];
    if (this.peek().type === "rparen") {
      this.advance();
    } else {
      for (;;) {
        args.push(this.comparison());
        const next = this.peek();
        if (next.type === "comma") {
          this.advance();
          continue;
        }
        if (next.type === "rparen") {
          this.advance();
          break;
        }
        if (next.type === "eof") {
          throw this.error(open.pos, (w) => `Thiếu dấu ')' đóng hàm ${fn} mở tại ${w}.`);
        }
        throw this.unexpectedAfterValue(next);
      }
    }
    const arity = FUNCTION_ARITY[fn];
    if (args.length < arity.min || args.length > arity.max) {
      const expected =
        arity.max === Number.POSITIVE_INFINITY
          ? `ít nhất ${arity.min}`
          : arity.min === arity.max
            ? `đúng ${arity.min}`
            : `từ ${arity.min} đến ${arity.max}`;
      const hint = args.length > arity.max ? ` (nếu muốn viết số thập phân, ${DECIMAL_COMMA_HINT})` : "";
      throw this.error(
        nameToken.pos,
        (w) => `Hàm ${fn} tại ${w} cần ${expected} đối số nhưng nhận ${args.length}${hint}.`,
      );
    }
    return { kind: "call", fn, args, pos: nameToken.pos };
  }
}

/**
 * Parses a formula such as `{TTHC_ONLINE} / {TTHC_TOTAL} * 100` into a syntax tree.
 * Never evaluates code: the tree is interpreted by evaluateFormula.
 * @throws FormulaError (FORMULA_SYNTAX, FORMULA_TOO_LONG, FORMULA_TOO_DEEP) with a Vietnamese message.
 */
export function parseFormula(source: string): FormulaAst {
  if (typeof source !== "string") {
    throw new FormulaError("FORMULA_SYNTAX", "Công thức phải là một chuỗi ký tự.");
  }
  if (source.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(
      "FORMULA_TOO_LONG",
      `Công thức dài ${source.length} ký tự, vượt quá giới hạn ${MAX_FORMULA_LENGTH} ký tự.`,
    );
  }
  return new Parser(source, tokenize(source)).parse();
}
