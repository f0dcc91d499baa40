/**
 * mammoth's HTML -> the plain text the plan parser reads: one line per paragraph, list items
 * numbered again ("1. ", "- ") because Word's automatic numbers are not in the text, and every
 * table row as tab-separated cells. mammoth.extractRawText would lose the table structure.
 *
 * Merged cells keep the columns aligned: a cell spanning columns is followed by empty cells,
 * a cell spanning rows repeats its text in the rows below (a lead unit merged over three tasks
 * leads all three). The HTML comes from mammoth only, so a small tolerant reader is enough.
 */

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

const VOID_TAGS = new Set(["br", "img", "hr", "col", "meta", "link", "input"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /([a-z-]+)\s*=\s*"([^"]*)"/gi;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source))
    attrs[m[1].toLowerCase()] = decodeEntities(m[2]);
  return attrs;
}

/** Builds a tree from mammoth's well-formed HTML; stray closing tags are ignored. */
export function parseHtml(html: string): Element {
  const root: Element = { tag: "#root", attrs: {}, children: [] };
  const stack: Element[] = [root];
  const pattern = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi;
  for (let m = pattern.exec(html); m !== null; m = pattern.exec(html)) {
    const top = stack[stack.length - 1];
    if (m[4] !== undefined) {
      top.children.push(decodeEntities(m[4]));
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: Element = { tag, attrs: parseAttrs(m[3]), children: [] };
    top.children.push(element);
    if (!VOID_TAGS.has(tag) && !m[3].trim().endsWith("/")) stack.push(element);
  }
  return root;
}

// Footnote and endnote references ("[1]") and bodies carry no plan content.
function isNote(node: Element): boolean {
  const href = node.attrs.href ?? "";
  const id = node.attrs.id ?? "";
  return /^#(footnote|endnote)/.test(href) || /^(footnote|endnote)-\d/.test(id);
}

/** Text of inline content, tabs kept (Word's tab stops separate header columns). */
function inlineText(node: Node): string {
  if (typeof node === "string") return node;
  if (isNote(node) || node.tag === "img") return "";
  if (node.tag === "br") return " ";
  if (node.tag === "sup" && node.children.every((c) => typeof c !== "string" && isNote(c))) return "";
  return node.children.map(inlineText).join("");
}

const BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "table",
  "ol",
  "ul",
  "div",
  "blockquote",
]);

function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (typeof node === "string") return;
    if (node.tag === "p" || /^h\d$/.test(node.tag) || node.tag === "li") {
      const text = inlineText(node).replace(/\s+/g, " ").trim();
      if (text) parts.push(text);
      return;
    }
    node.children.forEach(walk);
  };
  if (cell.children.some((c) => typeof c !== "string" && BLOCKS.has(c.tag))) cell.children.forEach(walk);
  else parts.push(inlineText(cell).replace(/\s+/g, " ").trim());
  // Paragraphs of one cell: "Sở A" / "Sở B" -> "Sở A; Sở B"; a paragraph already ending in
  // punctuation is simply followed by a space.
  return parts
    .filter((p) => p.length > 0)
    .reduce(
      (acc, part) => (acc === "" ? part : /[.;:,]$/.test(acc) ? `${acc} ${part}` : `${acc}; ${part}`),
      "",
    );
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Node) => {
    if (typeof node === "string") return;
    if (node.tag === "tr") rows.push(node);
    else if (node.tag !== "table" || node === table) node.children.forEach(walk);
  };
  walk(table);
  return rows;
}

function tableLines(table: Element): string[] {
  // Cells still covered by a rowspan from above: column -> [text, rows left].
  const carried = new Map<number, [string, number]>();
  const lines: string[] = [];
  for (const row of rowsOf(table)) {
    const cells: string[] = [];
    const takeCarried = () => {
      for (let c = carried.get(cells.length); c !== undefined; c = carried.get(cells.length)) {
        const col = cells.length;
        cells.push(c[0]);
        if (c[1] <= 1) carried.delete(col);
        else carried.set(col, [c[0], c[1] - 1]);
      }
    };
    for (const cell of row.children) {
      if (typeof cell === "string" || (cell.tag !== "td" && cell.tag !== "th")) continue;
      takeCarried();
      const text = cellText(cell).replace(/\t/g, " ");
      const colspan = Math.max(1, Math.min(50, Number(cell.attrs.colspan) || 1));
      const rowspan = Math.max(1, Math.min(1000, Number(cell.attrs.rowspan) || 1));
      if (rowspan > 1) carried.set(cells.length, [text, rowspan - 1]);
      cells.push(text);
      for (let i = 1; i < colspan; i++) {
        if (rowspan > 1) carried.set(cells.length, ["", rowspan - 1]);
        cells.push("");
      }
    }
    takeCarried();
    lines.push(cells.join("\t"));
  }
  return lines;
}

/** Converts mammoth HTML to plan text (UTF-8 string, "\n" line ends). */
export function htmlToPlanText(html: string): string {
  const lines: string[] = [];
  const walk = (node: Node, list: { ordered: boolean; count: number } | null) => {
    if (typeof node === "string") {
      const text = node.trim();
      if (text) lines.push(text);
      return;
    }
    if (isNote(node)) return;
    if (node.tag === "table") {
      lines.push("", ...tableLines(node), "");
      return;
    }
    if (node.tag === "ol" || node.tag === "ul") {
      const state = { ordered: node.tag === "ol", count: 0 };
      for (const child of node.children) walk(child, state);
      return;
    }
    if (node.tag === "li") {
      const inline = node.children.filter(
        (c) => typeof c === "string" || !BLOCKS.has(c.tag) || c.tag === "p",
      );
      const text = inline
        .map(inlineText)
        .join(" ")
        .replace(/[ \u00a0]+/g, " ")
        .trim();
      let marker = "- ";
      if (list?.ordered) {
        list.count += 1;
        marker = `${list.count}. `;
      }
      if (text) lines.push(marker + text);
      for (const child of node.children)
        if (typeof child !== "string" && BLOCKS.has(child.tag) && child.tag !== "p") walk(child, null);
      return;
    }
    if (node.tag === "p" || /^h\d$/.test(node.tag)) {
      lines.push(
        inlineText(node)
          .replace(/[ \u00a0]+/g, " ")
          .trim(),
      );
      return;
    }
    for (const child of node.children) walk(child, list);
  };
  walk(parseHtml(html), null);
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
