import { describe, expect, it } from "vitest";
import { shareLinks } from "./share";

describe("shareLinks", () => {
  it("builds intent URLs that carry the title, hashtag and URL, encoded", () => {
    const links = shareLinks("Kubernetes & 夜", "https://hako.example/events/e1", "k8sjp");
    expect(links.map((l) => l.service)).toEqual(["X", "Bluesky", "Mastodon"]);
    const x = new URL(links[0]!.href);
    expect(x.origin).toBe("https://x.com");
    expect(x.searchParams.get("text")).toBe("Kubernetes & 夜 #k8sjp");
    expect(x.searchParams.get("url")).toBe("https://hako.example/events/e1");
    expect(new URL(links[1]!.href).searchParams.get("text")).toBe("Kubernetes & 夜 #k8sjp https://hako.example/events/e1");
    expect(new URL(links[2]!.href).searchParams.get("text")).toContain("https://hako.example/events/e1");
  });

  it("leaves the hashtag out when there is none", () => {
    expect(new URL(shareLinks("Night", "https://h.example/e", null)[0]!.href).searchParams.get("text")).toBe("Night");
  });
});
