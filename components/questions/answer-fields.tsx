"use client";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { type Answers, answerMaxLength, type Question } from "@/lib/questions/limits";

function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  const t = useTranslations("errors");
  if (!errors.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-700 dark:text-red-400" role="alert">
      {errors.map((key) => (
        <li key={key}>{t.has(key) ? t(key) : t("invalid")}</li>
      ))}
    </ul>
  );
}

/**
 * One field per question, named `answers.<question id>` (a multiple choice sends its field once
 * per ticked box). Uncontrolled, so what was typed stays when the server sends errors back;
 * `values` fills them in when editing stored answers.
 */
export function AnswerFields({ questions, state, idPrefix, values = {} }: { questions: Question[]; state: ActionState; idPrefix: string; values?: Answers }) {
  const t = useTranslations("registration");
  const requiredMark = <span className="ml-2 rounded bg-red-50 px-1 text-xs font-normal text-red-800 dark:bg-red-950 dark:text-red-200">{t("required")}</span>;
  return (
    <>
      {questions.map((q) => {
        const name = `answers.${q.id}`;
        // Ids carry the form: two open frames may both have a question "q1".
        const id = `${idPrefix}-${q.id}`;
        const errorId = `${id}-error`;
        const errors = state && !state.ok ? (state.fields?.[name] ?? []) : [];
        const invalid = errors.length > 0;
        const value = values[q.id];
        const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
        if (q.type === "single" || q.type === "multiple") {
          return (
            <fieldset key={q.id} aria-describedby={invalid ? errorId : undefined} data-testid={`question-${q.id}`}>
              <legend className="text-sm font-medium">
                {q.label}
                {q.required && requiredMark}
              </legend>
              <div className="mt-1 flex flex-wrap gap-x-4">
                {(q.choices ?? []).map((choice) => (
                  <label key={choice} className="inline-flex min-h-11 items-center gap-2 text-sm">
                    <input
                      type={q.type === "single" ? "radio" : "checkbox"}
                      name={name}
                      value={choice}
                      defaultChecked={chosen.includes(choice)}
                      required={q.type === "single" && q.required}
                      className="h-5 w-5"
                    />
                    {choice}
                  </label>
                ))}
              </div>
              <FieldErrors id={errorId} errors={errors} />
            </fieldset>
          );
        }
        const common = {
          id,
          name,
          required: q.required,
          maxLength: answerMaxLength(q.type),
          defaultValue: typeof value === "string" ? value : undefined,
          "aria-invalid": invalid,
          "aria-describedby": invalid ? errorId : undefined,
          className: inputClass,
        };
        return (
          <div key={q.id}>
            <label htmlFor={id} className="block text-sm font-medium">
              {q.label}
              {q.required && requiredMark}
            </label>
            {q.type === "longText" ? <textarea {...common} rows={4} /> : <input {...common} type={q.type === "url" ? "url" : "text"} inputMode={q.type === "url" ? "url" : undefined} placeholder={q.type === "url" ? "https://" : undefined} />}
            <FieldErrors id={errorId} errors={errors} />
          </div>
        );
      })}
    </>
  );
}
