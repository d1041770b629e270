// Demo data for conference days: the upcoming Japan Container Days' review (weighted criteria,
// an anonymised review, a reviewer with an assigned queue and a first score, a staged decision),
// speaker profiles, and the demo attendee's starred schedule and feedback at the past edition.
import type { Actor } from "../auth-types";
import { isAppError } from "../errors";
import { giveFeedback } from "../feedback/service";
import { feedbackInput } from "../feedback/schema";
import { starTalk } from "../personal-schedule/service";
import { criteriaInput } from "../review/schema";
import { assignReviewer, criteriaOf, saveCriteria, saveReviewSettings, stageDecision } from "../review/service";
import { speakerProfileInput } from "../speakers/schema";
import { saveSpeakerProfile } from "../speakers/service";
import { proposalInput } from "../talks/schema";
import { addReviewer, reviewProposal, submitProposal, talksForEvent } from "../talks/service";

type Events = Map<string, { id: string; owner: Actor }>;

const PROPOSALS = [
  { speakerKey: "speaker3", title: "eBPF で見るコンテナネットワーク", formatId: "session", tags: ["networking"] },
  { speakerKey: "speaker4", title: "Running Kubernetes at the edge", formatId: "session", tags: ["kubernetes"] },
  { speakerKey: "speaker5", title: "5 分でわかる Sigstore", formatId: "lt", tags: ["security"] },
];

export async function seedConference(events: Events, actor: (key: string) => Actor) {
  await saveSpeakerProfile(actor("speaker1"), speakerProfileInput.parse({ bio: "コンテナ OS とクラスタ運用の話をしています。/ Talks about container OSes and running clusters.", pronouns: "he/him", company: "Hako Demo Inc.", photoUrl: "" }));
  await saveSpeakerProfile(actor("speaker2"), speakerProfileInput.parse({ bio: "rkt と OCI ランタイムが好きです。", pronouns: "she/her", company: "", photoUrl: "" }));

  const next = events.get("jkd-2027");
  if (next) {
    const { id, owner } = next;
    await saveCriteria(owner, id, criteriaInput.parse({ criteria: "内容 3\n新規性 2\n対象者との適合 1" }));
    await saveReviewSettings(owner, id, { anonymousReview: true });
    const reviewer = actor("speaker2");
    await addReviewer(owner, id, "demo-speaker-2");
    const proposals = [];
    for (const p of PROPOSALS) {
      proposals.push(await submitProposal(actor(p.speakerKey), id, proposalInput.parse({ title: p.title, abstract: "デモ用のプロポーザルです。", formatId: p.formatId, level: "intermediate", language: "ja", tags: p.tags })));
    }
    await assignReviewer(owner, proposals[0]!.id, reviewer.userId);
    await assignReviewer(owner, proposals[1]!.id, reviewer.userId);
    const criteria = await criteriaOf(owner, id);
    await reviewProposal(reviewer, proposals[0]!.id, { scores: Object.fromEntries(criteria.map((c, i) => [c.id, [5, 4, 4][i] ?? 4])), comment: "デモのレビューです。" });
    await stageDecision(owner, proposals[0]!.id, "accept");
  }

  const past = events.get("jkd-1812");
  if (past) {
    const talks = await talksForEvent(null, past.id);
    const attendee = actor("attendee");
    for (const t of talks.slice(0, 3)) await starTalk(attendee, t.id, true);
    const first = talks[0];
    if (first) {
      // The demo attendee attended that edition; if not, the feedback is simply left out.
      await giveFeedback(attendee, first.id, feedbackInput.parse({ rating: 5, comment: "デモの感想です。/ Demo feedback." })).catch((e: unknown) => {
        if (!isAppError(e)) throw e;
      });
    }
  }
}
