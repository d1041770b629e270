import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProfileActivity } from "@/components/participants/profile-activity";
import { getPublicUserByHandle } from "@/lib/users/service";

export default async function UserPage({ params }: { params: Promise<{ handle: string }> }) {
  const user = await getPublicUserByHandle((await params).handle);
  if (!user) notFound();
  const t = await getTranslations("users");
  return (
    <div>
    <div className="flex flex-col gap-4 sm:flex-row">
      {user.image && /^https?:\/\//.test(user.image) && (
        // eslint-disable-next-line @next/next/no-img-element -- avatars live on other hosts
        <img src={user.image} alt="" width={96} height={96} className="h-24 w-24 rounded-full border border-slate-200 object-cover" />
      )}
      <div>
        <h1 className="text-2xl font-bold">{user.name}</h1>
        <p className="text-slate-500">@{user.handle}</p>
        <p className="mt-3 whitespace-pre-line">{user.bio || t("noBio")}</p>
        <p className="mt-3 flex gap-4 text-sm">
          {user.githubUrl && <a href={user.githubUrl} rel="noopener noreferrer nofollow me" className="text-sky-800 underline">GitHub</a>}
          {user.xUrl && <a href={user.xUrl} rel="noopener noreferrer nofollow me" className="text-sky-800 underline">X</a>}
        </p>
      </div>
    </div>
    <ProfileActivity userId={user.id} />
    </div>
  );
}
