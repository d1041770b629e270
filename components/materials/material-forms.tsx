"use client";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useActionState, useEffect, useRef, useState } from "react";
import { submitKeepingValues } from "@/components/talks/keep-values";
import { Field, FormMessage } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { addLinkAction, addReportAction, hideMaterialAction, removeMaterialAction } from "@/lib/materials/actions";
import type { ActionState } from "@/lib/errors";

/** Clears a form once its action succeeded; a refused form keeps what was typed. */
function useResetOnSuccess(state: ActionState) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  return ref;
}

function PendingButton({ pending, children, variant = "primary" }: { pending: boolean; children: React.ReactNode; variant?: "primary" | "secondary" | "danger" }) {
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {children}
    </button>
  );
}

/** A link to slides or a video elsewhere (Speaker Deck, SlideShare, YouTube…). */
export function AddLinkForm({ proposalId }: { proposalId: string }) {
  const t = useTranslations("materials.forms");
  const tk = useTranslations("materials.kinds");
  const [state, action, pending] = useActionState(addLinkAction, null);
  const ref = useResetOnSuccess(state);
  return (
    <form ref={ref} action={action} onSubmit={submitKeepingValues(action)} noValidate aria-labelledby="add-link-heading" data-testid="add-link-form">
      <h3 id="add-link-heading" className="mb-2 font-semibold">
        {t("linkHeading")}
      </h3>
      <FormMessage state={state} success={t("linkAdded")} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field name="kind" label={t("kind")} state={state} required>
        {(props) => (
          <select {...props} defaultValue="slides" className={inputClass}>
            <option value="slides">{tk("SLIDES")}</option>
            <option value="video">{tk("VIDEO")}</option>
            <option value="other">{tk("OTHER")}</option>
          </select>
        )}
      </Field>
      <Field name="title" label={t("title")} state={state} required maxLength={200} />
      <Field name="url" label={t("url")} state={state} required type="url" inputMode="url" placeholder="https://speakerdeck.com/…" help={t("urlHelp")} />
      <PendingButton pending={pending}>{t("addLink")}</PendingButton>
    </form>
  );
}

/**
 * Uploads a PDF with an ordinary multipart form, so it works without JavaScript and the file
 * streams to the server instead of passing through a server action. The size is checked here
 * first only to spare people a long upload that would be refused.
 */
export function UploadPdfForm({ proposalId, maxMb, replace }: { proposalId: string; maxMb: number; replace?: { materialId: string; title: string } }) {
  const t = useTranslations("materials.forms");
  const tc = useTranslations("common");
  const [sending, setSending] = useState(false);
  const action = `/talks/${encodeURIComponent(proposalId)}/materials/upload${replace ? `?replace=${encodeURIComponent(replace.materialId)}` : ""}`;
  const idPrefix = replace ? `replace-${replace.materialId}` : "upload";
  const checkSize = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.setCustomValidity(file && file.size > maxMb * 1024 * 1024 ? t("tooLarge", { max: maxMb }) : "");
    e.currentTarget.reportValidity();
  };
  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      onSubmit={() => setSending(true)}
      aria-label={replace ? t("replaceLabel", { title: replace.title }) : t("uploadHeading")}
      data-testid={replace ? "replace-form" : "upload-form"}
    >
      {!replace && (
        <>
          <h3 className="mb-2 font-semibold">{t("uploadHeading")}</h3>
          <div className="mb-4">
            <label htmlFor={`${idPrefix}-title`} className="block text-sm font-medium">
              {t("title")}
              <span className="ml-1 text-xs font-normal text-slate-500">({tc("optional")})</span>
            </label>
            <input id={`${idPrefix}-title`} name="title" maxLength={200} className={inputClass} aria-describedby={`${idPrefix}-title-help`} />
            <p id={`${idPrefix}-title-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {t("uploadTitleHelp")}
            </p>
          </div>
        </>
      )}
      <div className="mb-4">
        <label htmlFor={`${idPrefix}-file`} className="block text-sm font-medium">
          {replace ? t("replaceFile") : t("file")}
        </label>
        <input
          id={`${idPrefix}-file`}
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          required
          onChange={checkSize}
          aria-describedby={`${idPrefix}-file-help`}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-semibold dark:file:bg-slate-800"
        />
        <p id={`${idPrefix}-file-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {t("fileHelp", { max: maxMb })}
        </p>
      </div>
      <PendingButton pending={sending} variant={replace ? "secondary" : "primary"}>
        {sending ? t("uploading") : replace ? t("replaceSubmit") : t("upload")}
      </PendingButton>
    </form>
  );
}

/** Deletes a material after a confirmation; the ids after the first only say which page to refresh. */
export function RemoveMaterial({ materialId, title, eventId, proposalId }: { materialId: string; title: string; eventId: string; proposalId?: string | null }) {
  const t = useTranslations("materials.forms");
  const [state, action] = useActionState(removeMaterialAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("removeConfirm", { title }))) e.preventDefault();
      }}
      className="inline"
    >
      <FormMessage state={state} />
      <input type="hidden" name="materialId" value={materialId} />
      <input type="hidden" name="eventId" value={eventId} />
      {proposalId && <input type="hidden" name="proposalId" value={proposalId} />}
      <button type="submit" className="text-sm text-red-700 underline hover:text-red-800 dark:text-red-400" aria-label={t("removeLabel", { title })}>
        {t("remove")}
      </button>
    </form>
  );
}

/** Organizers hide spam or mistakes without deleting someone else's post. */
export function HideMaterial({ materialId, title, hidden }: { materialId: string; title: string; hidden: boolean }) {
  const t = useTranslations("materials.forms");
  const [state, action] = useActionState(hideMaterialAction, null);
  return (
    <form action={action} className="inline">
      <FormMessage state={state} />
      <input type="hidden" name="materialId" value={materialId} />
      <input type="hidden" name="hidden" value={hidden ? "0" : "1"} />
      <button type="submit" className="text-sm text-slate-700 underline hover:text-slate-900 dark:text-slate-300" aria-label={hidden ? t("unhideLabel", { title }) : t("hideLabel", { title })}>
        {hidden ? t("unhide") : t("hide")}
      </button>
    </form>
  );
}

/** An attendee's report (参加レポート): a blog post or write-up elsewhere. */
export function ReportForm({ eventId }: { eventId: string }) {
  const t = useTranslations("materials.page");
  const [state, action, pending] = useActionState(addReportAction, null);
  const ref = useResetOnSuccess(state);
  return (
    <form ref={ref} action={action} onSubmit={submitKeepingValues(action)} noValidate aria-labelledby="report-form-heading" data-testid="report-form" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h3 id="report-form-heading" className="mb-2 font-semibold">
        {t("reportForm")}
      </h3>
      <FormMessage state={state} success={t("reportPosted")} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="title" label={t("reportTitle")} state={state} required maxLength={200} />
      <Field name="url" label={t("reportUrl")} state={state} required type="url" inputMode="url" placeholder="https://…" />
      <PendingButton pending={pending}>{t("postReport")}</PendingButton>
    </form>
  );
}
