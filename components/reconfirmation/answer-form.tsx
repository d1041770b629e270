"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { answerReconfirmOwnerAction, answerReconfirmTokenAction } from "@/lib/reconfirmation/actions";

type Props = ({ token: string; registrationId?: undefined } | { registrationId: string; token?: undefined }) & { chosen?: "yes" | "no" };

/**
 * The two answers as two small forms (they work without JavaScript). Through a mail's link the
 * token is the credential; on the ticket page the signed-in owner answers.
 */
export function ReconfirmAnswerForm(props: Props) {
  const t = useTranslations("reconfirm");
  const [state, action] = useActionState(props.token !== undefined ? answerReconfirmTokenAction : answerReconfirmOwnerAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" data-testid="reconfirm-done">
        {t(state.data?.answer === "no" ? "done.no" : "done.yes")}
      </p>
    );
  }
  const hidden = props.token !== undefined ? <input type="hidden" name="token" value={props.token} /> : <input type="hidden" name="registrationId" value={props.registrationId} />;
  return (
    <div>
      <FormMessage state={state} />
      {props.chosen && (
        <p className="mb-3 text-sm font-medium" data-testid="reconfirm-chosen">
          {t(props.chosen === "yes" ? "chosenYes" : "chosenNo")}
        </p>
      )}
      <div className="flex flex-wrap items-start gap-3">
        <form action={action}>
          {hidden}
          <input type="hidden" name="answer" value="yes" />
          <SubmitButton variant={props.chosen === "no" ? "secondary" : "primary"}>{t("yes")}</SubmitButton>
        </form>
        <form action={action}>
          {hidden}
          <input type="hidden" name="answer" value="no" />
          <SubmitButton variant={props.chosen === "no" ? "danger" : "secondary"}>{t("no")}</SubmitButton>
        </form>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("noHelp")}</p>
    </div>
  );
}
