// Atom feeds of new materials, per event and per group, for feed readers and planets.
import { Feed } from "feed";
import { publicBaseUrl } from "../env";
import type { feedMaterials } from "./service";
import { hostOf } from "./schema";

type Row = Awaited<ReturnType<typeof feedMaterials>>[number];

const KIND_LABEL: Record<string, string> = { SLIDES: "Slides / スライド", VIDEO: "Video / 動画", REPORT: "Report / 参加レポート", OTHER: "Material / 資料" };

export function materialsAtom(opts: { id: string; title: string; pageUrl: string; feedUrl: string }, rows: Row[]): string {
  const base = publicBaseUrl();
  const feed = new Feed({
    id: opts.feedUrl,
    title: opts.title,
    link: opts.pageUrl,
    feedLinks: { atom: opts.feedUrl },
    copyright: "",
    updated: rows[0]?.createdAt ?? new Date(0),
    generator: "Hako",
  });
  for (const m of rows) {
    const link = m.url ?? `${base}/materials/${m.id}/file`;
    const about = m.proposal ? `${m.proposal.title} — ${m.event.title}` : m.event.title;
    feed.addItem({
      id: `${base}/materials/${m.id}`,
      title: `${m.title} (${KIND_LABEL[m.kind] ?? m.kind})`,
      link,
      date: m.createdAt,
      description: `${about} · ${hostOf(link)}`,
      author: [{ name: m.author.name ?? m.author.handle ?? "", link: m.author.handle ? `${base}/users/${m.author.handle}` : undefined }],
    });
  }
  return feed.atom1();
}
