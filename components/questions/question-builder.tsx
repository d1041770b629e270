"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass, inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { isChoiceType, MAX_CHOICE_LENGTH, MAX_CHOICES, MAX_LABEL_LENGTH, MAX_QUESTIONS, type Question, QUESTION_TYPES, type QuestionType } from "@/lib/questions/schema";

type Draft = { key: number; id: string; label: string; type: QuestionType; required: boolean; choices: string };

const toDraft = (q: Question, key: number): Draft => ({ key, id: q.id, label: q.label, type: q.type, required: q.required, choices: (q.choices ?? []).join("\n") });

/** What the hidden field sends: the server validates it with questionsInput and gives new questions ids. */
function toJson(drafts: Draft[]): string {
  return JSON.stringify(
    drafts.map((d) => ({
      id: d.id,
      label: d.label,
      type: d.type,
      required: d.required,
      ...(isChoiceType(d.type) ? { choices: d.choices.split(/\r?\n/).map((c) => c.trim()).filter(Boolean) } : {}),
    })),
  );
}

const smallButton = `${buttonClass("secondary")} min-h-11 min-w-11`;

/**
 * Builds a list of questions (frames' application forms, the call for proposals): add, remove
 * and reorder with buttons, so a keyboard and a screen reader can do everything. The list goes to
 * the server as JSON in the hidden field `name`; errors come back keyed `<name>` (the whole list)
 * and `<name>.<index>` (one question).
 */
export function QuestionBuilder({ name, initial, state, disabled = false, idPrefix = "qb" }: { name: string; initial: Question[]; state: ActionState; disabled?: boolean; idPrefix?: string }) {
  const t = useTranslations("questions");
  const te = useTranslations("errors");
  const nextKey = useRef(initial.length);
  const [drafts, setDrafts] = useState<Draft[]>(() => initial.map(toDraft));
  const [announcement, setAnnouncement] = useState("");
  // After a move or a removal, focus goes where the person can carry on: the moved question's
  // same button, or the next question (the add button when none is left).
  const focusTarget = useRef<string | null>(null);
  const setFocusTarget = (target: string) => {
    focusTarget.current = target;
  };
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusTarget.current) return;
    root.current?.querySelector<HTMLElement>(`[data-focus="${focusTarget.current}"]`)?.focus();
    focusTarget.current = null;
  }, [drafts]);

  const errors = (key: string) => (state && !state.ok ? (state.fields?.[key] ?? []) : []);
  const listErrors = errors(name);
  const update = (key: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const add = () => {
    const key = nextKey.current++;
    setDrafts((ds) => [...ds, { key, id: "", label: "", type: "text", required: false, choices: "" }]);
    setFocusTarget(`label-${key}`);
  };
  const move = (index: number, by: -1 | 1, button: "up" | "down") => {
    const to = index + by;
    if (to < 0 || to >= drafts.length) return;
    const next = [...drafts];
    const [moved] = next.splice(index, 1);
    next.splice(to, 0, moved!);
    setDrafts(next);
    setAnnouncement(t("moved", { label: moved!.label || t("untitled"), position: to + 1 }));
    // At the top or bottom the pressed button is disabled: the other one takes the focus.
    const edge = (button === "up" && to === 0) || (button === "down" && to === next.length - 1);
    setFocusTarget(`${edge ? (button === "up" ? "down" : "up") : button}-${moved!.key}`);
  };
  const remove = (index: number) => {
    const gone = drafts[index]!;
    const next = drafts.filter((_, i) => i !== index);
    setDrafts(next);
    setAnnouncement(t("removed", { label: gone.label || t("untitled") }));
    const after = next[index] ?? next[index - 1];
    setFocusTarget(after ? `label-${after.key}` : "add");
  };

  return (
    <div ref={root} className="mb-4" data-testid="question-builder">
      <input type="hidden" name={name} value={toJson(drafts)} disabled={disabled} />
      {/* A live region, not a status: the form's own status says whether it was saved. */}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {drafts.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>}
      <ol className="space-y-3">
        {drafts.map((d, i) => {
          const base = `${idPrefix}-${d.key}`;
          const own = errors(`${name}.${i}`);
          const n = i + 1;
          return (
            <li key={d.key}>
              <fieldset className="rounded-md border border-slate-300 p-3 dark:border-slate-600" aria-describedby={own.length ? `${base}-error` : undefined} data-testid="question-draft">
                <legend className="px-1 text-sm font-medium">{t("question", { n })}</legend>
                <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
                  <div>
                    <label htmlFor={`${base}-label`} className="block text-sm font-medium">
                      {t("label")}
                    </label>
                    <input
                      id={`${base}-label`}
                      data-focus={`label-${d.key}`}
                      value={d.label}
                      onChange={(e) => update(d.key, { label: e.target.value })}
                      maxLength={MAX_LABEL_LENGTH}
                      required
                      disabled={disabled}
                      aria-invalid={own.length > 0}
                      className={inputClass}
                    />
                  </div>
                  <div>
                    <label htmlFor={`${base}-type`} className="block text-sm font-medium">
                      {t("type")}
                    </label>
                    <select id={`${base}-type`} value={d.type} onChange={(e) => update(d.key, { type: e.target.value as QuestionType })} disabled={disabled} className={`${inputClass} min-h-11`}>
                      {QUESTION_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`types.${type}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                {isChoiceType(d.type) && (
                  <div className="mt-3">
                    <label htmlFor={`${base}-choices`} className="block text-sm font-medium">
                      {t("choices")}
                    </label>
                    <textarea
                      id={`${base}-choices`}
                      value={d.choices}
                      onChange={(e) => update(d.key, { choices: e.target.value })}
                      rows={3}
                      maxLength={MAX_CHOICES * (MAX_CHOICE_LENGTH + 1)}
                      disabled={disabled}
                      aria-describedby={`${base}-choices-help`}
                      className={inputClass}
                    />
                    <p id={`${base}-choices-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                      {t("choicesHelp", { max: MAX_CHOICES })}
                    </p>
                  </div>
                )}
                <label className="mt-3 flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" checked={d.required} onChange={(e) => update(d.key, { required: e.target.checked })} disabled={disabled} className="h-5 w-5" />
                  {t("required")}
                </label>
                {own.length > 0 && (
                  <ul id={`${base}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400" role="alert">
                    {own.map((key) => (
                      <li key={key}>{te.has(key) ? te(key) : te("invalid")}</li>
                    ))}
                  </ul>
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  <button type="button" data-focus={`up-${d.key}`} onClick={() => move(i, -1, "up")} disabled={disabled || i === 0} className={smallButton} aria-label={t("moveUp", { n })}>
                    <span aria-hidden="true">↑</span>
                    <span className="ml-1">{t("up")}</span>
                  </button>
                  <button type="button" data-focus={`down-${d.key}`} onClick={() => move(i, 1, "down")} disabled={disabled || i === drafts.length - 1} className={smallButton} aria-label={t("moveDown", { n })}>
                    <span aria-hidden="true">↓</span>
                    <span className="ml-1">{t("down")}</span>
                  </button>
                  <button type="button" onClick={() => remove(i)} disabled={disabled} className={smallButton} aria-label={t("remove", { n })}>
                    {t("removeShort")}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listErrors.length > 0 && (
        <ul className="mt-2 text-sm text-red-700 dark:text-red-400" role="alert" data-testid="questions-error">
          {listErrors.map((key) => (
            <li key={key}>{te.has(key) ? te(key) : te("invalid")}</li>
          ))}
        </ul>
      )}
      <button type="button" data-focus="add" onClick={add} disabled={disabled || drafts.length >= MAX_QUESTIONS} className={`${buttonClass("secondary")} mt-3 min-h-11`}>
        {t("add")}
      </button>
    </div>
  );
}
