import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { devLoginEnabled } from "@/lib/env";

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  const tc = await getTranslations("common");
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p>{t("checkEmailBody")}</p>
      {devLoginEnabled() && (
        <p className="text-sm">
          {t("checkEmailDev")}{" "}
          <Link href="/dev/mailbox" className="text-sky-800 underline">
            {tc("devMailbox")}
          </Link>
        </p>
      )}
    </div>
  );
}
