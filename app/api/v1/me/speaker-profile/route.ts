import { apiRoute, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { speakerProfileInput } from "@/lib/speakers/schema";
import { getSpeakerProfile, saveSpeakerProfile } from "@/lib/speakers/service";

export const dynamic = "force-dynamic";

const profileJson = (p: Awaited<ReturnType<typeof getSpeakerProfile>>) => ({ bio: p.bio, photoUrl: p.photoUrl, pronouns: p.pronouns || null, company: p.company || null });

/** The caller's speaker profile. */
export const GET = apiRoute("speakers.profile.get", async () => json(profileJson(await getSpeakerProfile(await getActor()))));

/** Saves bio, pronouns, company and a photo link (`photoUrl: null` removes the photo). */
export const PUT = apiRoute("speakers.profile.put", async (req) => {
  const actor = await getActor();
  const input = parseInput(speakerProfileInput, await readJsonObject(req));
  return json(profileJson(await saveSpeakerProfile(actor, input)));
});
