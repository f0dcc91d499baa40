import { describe, expect, it } from "vitest";
import { htmlToPlanText, parseHtml } from "./html-to-text";

describe("htmlToPlanText", () => {
  it("writes paragraphs as lines and drops inline formatting", () => {
    expect(htmlToPlanText("<p><strong>KẾ HOẠCH</strong></p><p>Triển khai <em>chuyển đổi số</em></p>")).toBe(
      "KẾ HOẠCH\nTriển khai chuyển đổi số\n",
    );
  });

  it("numbers ordered lists again and marks bullets", () => {
    expect(htmlToPlanText("<ol><li>Một</li><li>Hai</li></ol><ul><li>Gạch đầu dòng</li></ul>")).toBe(
      "1. Một\n2. Hai\n- Gạch đầu dòng\n",
    );
  });

  it("writes table rows as tab-separated cells, several paragraphs of a cell joined by '; '", () => {
    const html =
      "<table><tr><th><p>STT</p></th><th><p>Đơn vị chủ trì</p></th></tr>" +
      "<tr><td><p>1</p></td><td><p>Sở A</p><p>Sở B</p></td></tr>" +
      "<tr><td><p>2</p></td><td><p>Sở C.</p><p>Sở D</p></td></tr></table>";
    expect(htmlToPlanText(html)).toBe("STT\tĐơn vị chủ trì\n1\tSở A; Sở B\n2\tSở C. Sở D\n");
  });

  it("keeps columns aligned under merged cells and repeats a cell merged downwards", () => {
    const html =
      '<table><thead><tr><th rowspan="2">STT</th><th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian</th></tr></thead>' +
      "<tbody><tr><td>Chủ trì</td><td>Phối hợp</td></tr>" +
      '<tr><td>1</td><td rowspan="2">Sở Y tế</td><td>Sở A</td><td>Quý II/2025</td></tr>' +
      "<tr><td>2</td><td>Sở B</td><td>Năm 2025</td></tr></tbody></table>";
    expect(htmlToPlanText(html).split("\n")).toEqual([
      "STT\tĐơn vị thực hiện\t\tThời gian",
      "STT\tChủ trì\tPhối hợp\tThời gian",
      "1\tSở Y tế\tSở A\tQuý II/2025",
      "2\tSở Y tế\tSở B\tNăm 2025",
      "",
    ]);
  });

  it("decodes entities, keeps Word tab stops in paragraphs, removes tabs inside cells", () => {
    expect(htmlToPlanText("<p>Sở TT&amp;TT&#9;Hà Nội &lt;1&gt; &#x110;</p>")).toBe(
      "Sở TT&TT\tHà Nội <1> Đ\n",
    );
    expect(htmlToPlanText("<table><tr><td>a\tb</td><td>c</td></tr></table>")).toBe("a b\tc\n");
  });

  it("leaves out footnote references and bodies", () => {
    const html =
      '<p>Thành phố<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> ban hành</p>' +
      '<ol><li id="footnote-1"><p>Ghi chú. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToPlanText(html)).toBe("Thành phố ban hành\n");
  });

  it("tolerates stray closing tags", () => {
    const root = parseHtml("<p>a</span></p><p>b");
    expect(root.children).toHaveLength(2);
  });
});
