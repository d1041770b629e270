"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";
import { answerInvitationAction, inviteCoSpeakerAction, replyAsSpeakerAction, withdrawProposalAction } from "@/lib/talks/actions";

/** Confirm or decline an accepted talk (confirming seats the speakers). */
export function SpeakerReply({ proposalId, title }: { proposalId: string; title: string }) {
  const t = useTranslations("talks.mine");
  const [state, action] = useActionState(replyAsSpeakerAction, null);
  return (
    <form
      action={action}
      aria-label={t("replyLabel", { title })}
      onSubmit={(e) => {
        const reply = (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
        if (reply === "decline" && !window.confirm(t("declineConfirm"))) e.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <p className="mb-2 text-sm">{t("acceptedPrompt")}</p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="reply" value="confirm" className={buttonClass()}>
          {t("confirm")}
        </button>
        <button type="submit" name="reply" value="decline" className={buttonClass("secondary")}>
          {t("decline")}
        </button>
      </div>
    </form>
  );
}

export function WithdrawProposal({ proposalId }: { proposalId: string }) {
  const t = useTranslations("talks.mine");
  const [state, action] = useActionState(withdrawProposalAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("withdrawConfirm"))) e.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}

/** Accept or decline an invitation to speak together. */
export function InvitationReply({ proposalId, title }: { proposalId: string; title: string }) {
  const t = useTranslations("talks.mine");
  const [state, action] = useActionState(answerInvitationAction, null);
  return (
    <form action={action} aria-label={t("invitationLabel", { title })}>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="reply" value="accept" className={buttonClass()}>
          {t("acceptInvitation")}
        </button>
        <button type="submit" name="reply" value="decline" className={buttonClass("secondary")}>
          {t("declineInvitation")}
        </button>
      </div>
    </form>
  );
}

/** The owner invites a co-speaker by handle or email; they join once they accept. */
export function InviteCoSpeaker({ proposalId }: { proposalId: string }) {
  const t = useTranslations("talks.invite");
  const [state, action] = useActionState(inviteCoSpeakerAction, null);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage state={state} success={state?.ok ? t("invited", { name: state.data?.name ?? "" }) : undefined} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field name="query" label={t("query")} state={state} required help={t("queryHelp")} autoComplete="off" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
