import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** From "my talks" to the speaker profile and availability. */
export async function MySpeakerLink() {
  const t = await getTranslations("conference");
  return (
    <p>
      <Link href="/me/speaker" className="text-sky-800 underline dark:text-sky-300">
        {t("mySpeakerLink")}
      </Link>
    </p>
  );
}
