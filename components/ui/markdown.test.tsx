import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (md: string) => renderToStaticMarkup(<Markdown>{md}</Markdown>);

describe("Markdown", () => {
  it("renders headings, lists and tables", () => {
    const html = render("## Talks\n\n- one\n\n| a | b |\n| - | - |\n| 1 | 2 |");
    expect(html).toContain("<h2>Talks</h2>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<table>");
  });
  it("does not let scripts, event handlers or javascript: links through", () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) [data](data:text/html,x)');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/onerror=/);
    expect(html).not.toMatch(/href="(javascript|data):/i);
  });
  it("keeps http(s) links, marked nofollow", () => {
    const html = render("[slides](https://speakerdeck.com/x)");
    expect(html).toContain('href="https://speakerdeck.com/x"');
    expect(html).toContain("nofollow");
  });
});
