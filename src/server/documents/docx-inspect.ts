// Reads back what a .docx contains (text, tables, fonts, page set-up) so tests anywhere in the
// project can check generated documents without Word. Reads the XML parts directly.
import { ZipArchive } from "./zip-reader";

export interface DocxInspection {
  /** All paragraphs, table cells included, in document order, joined by "\n". */
  text: string;
  paragraphs: string[];
  /** tables[t][row][cell]: cell text, its paragraphs joined by "\n". Nested tables are listed too. */
  tables: string[][][];
  /** Distinct font names named in the document, its styles, numbering, headers and footers. */
  fonts: string[];
  /** Twips of the last (body) section. */
  pageSize: { w: number; h: number };
  margins: { top: number; bottom: number; left: number; right: number };
  /** Whether the first page has its own header (w:titlePg). */
  titlePage: boolean;
  /** Header parts: their text and whether they hold a PAGE field. */
  headers: { part: string; text: string; hasPageField: boolean }[];
  /** Names of the pictures stored in word/media. */
  media: string[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref];
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXmlText(m[1]) : undefined;
}

interface ParsedBody {
  paragraphs: string[];
  tables: string[][][];
}

// Tags that matter for text; everything else is skipped by the tokenizer.
const TOKEN = /<(\/?)w:(p|tbl|tr|tc|t|tab|br|cr|instrText|delText)\b([^>]*?)(\/?)>/g;

/** Walks the WordprocessingML of a part, keeping paragraph and table structure. */
export function parseWordXml(xml: string): ParsedBody {
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  const paragraphStack: string[] = [];
  const tableStack: string[][][] = [];
  const cellStack: string[][] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [, closing, name, attrs, selfClosing] = m;
    if (name === "t" && !closing && !selfClosing) {
      const end = xml.indexOf("</w:t>", TOKEN.lastIndex);
      if (end < 0) break;
      if (paragraphStack.length)
        paragraphStack[paragraphStack.length - 1] += decodeXmlText(xml.slice(TOKEN.lastIndex, end));
      TOKEN.lastIndex = end + 6;
      continue;
    }
    if ((name === "instrText" || name === "delText") && !closing && !selfClosing) {
      // Field codes and deleted text are not part of what the reader sees.
      const end = xml.indexOf(`</w:${name}>`, TOKEN.lastIndex);
      if (end >= 0) TOKEN.lastIndex = end;
      continue;
    }
    const addText = (s: string) => {
      if (paragraphStack.length) paragraphStack[paragraphStack.length - 1] += s;
    };
    switch (name) {
      case "p":
        if (!closing && !selfClosing) {
          paragraphStack.push("");
        } else {
          const text = selfClosing ? "" : (paragraphStack.pop() ?? "");
          paragraphs.push(text);
          // Every open cell gets it, so a cell holding a nested table shows that table's text too.
          for (const cell of cellStack) cell.push(text);
        }
        break;
      case "tbl":
        if (!closing && !selfClosing) {
          const table: string[][] = [];
          tables.push(table);
          tableStack.push(table);
        } else if (closing) tableStack.pop();
        break;
      case "tr":
        if (!closing && !selfClosing) tableStack.at(-1)?.push([]);
        break;
      case "tc":
        if (!closing && !selfClosing) cellStack.push([]);
        else if (closing) {
          const cellParagraphs = cellStack.pop() ?? [];
          tableStack.at(-1)?.at(-1)?.push(cellParagraphs.join("\n"));
        }
        break;
      case "tab":
        if (!closing) addText("\t");
        break;
      case "br":
        if (!closing && attr(attrs, "w:type") !== "page" && attr(attrs, "w:type") !== "column") addText("\n");
        break;
      case "cr":
        if (!closing) addText("\n");
        break;
    }
  }
  return { paragraphs, tables };
}

const FONT_ATTRS = ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"];
const THEME_ATTRS = ["w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"];

/** Font names from every w:rFonts; a theme reference is reported as "(theme:minorHAnsi)". */
export function collectFonts(xml: string, into: Set<string>): void {
  for (const m of xml.matchAll(/<w:rFonts\b[^>]*>/g)) {
    for (const a of FONT_ATTRS) {
      const value = attr(m[0], a);
      if (value) into.add(value);
    }
    for (const a of THEME_ATTRS) {
      const value = attr(m[0], a);
      if (value) into.add(`(theme:${value})`);
    }
  }
}

function lastSectionProperties(documentXml: string): string {
  const all = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  return all.at(-1)?.[0] ?? "";
}

export function inspectDocx(buffer: Uint8Array): DocxInspection {
  const zip = ZipArchive.open(buffer);
  const documentXml = zip.readText("word/document.xml");
  const body = parseWordXml(documentXml);

  const fonts = new Set<string>();
  collectFonts(documentXml, fonts);
  const parts = zip.names();
  for (const part of parts) {
    if (/^word\/(styles|numbering|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(part)) {
      collectFonts(zip.readText(part), fonts);
    }
  }

  const sectPr = lastSectionProperties(documentXml);
  const pgSz = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0] ?? "";
  const pgMar = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0] ?? "";
  const num = (tag: string, name: string) => Number(attr(tag, name) ?? Number.NaN);

  const headers = parts
    .filter((part) => /^word\/header\d*\.xml$/.test(part))
    .sort()
    .map((part) => {
      const xml = zip.readText(part);
      return {
        part,
        text: parseWordXml(xml).paragraphs.join("\n"),
        hasPageField: /<w:instrText[^>]*>\s*PAGE\b/.test(xml) || /w:instr="\s*PAGE\b/.test(xml),
      };
    });

  return {
    text: body.paragraphs.join("\n"),
    paragraphs: body.paragraphs,
    tables: body.tables,
    fonts: [...fonts].sort(),
    pageSize: { w: num(pgSz, "w:w"), h: num(pgSz, "w:h") },
    margins: {
      top: num(pgMar, "w:top"),
      bottom: num(pgMar, "w:bottom"),
      left: num(pgMar, "w:left"),
      right: num(pgMar, "w:right"),
    },
    titlePage: /<w:titlePg(\s*\/>|\s+w:val="(1|true|on)")/.test(sectPr),
    headers,
    media: parts.filter((part) => part.startsWith("word/media/")).sort(),
  };
}
