"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/components/ui/styles";
import { isChoiceType, type Question } from "@/lib/questions/schema";

export type FilterQuestion = { key: string; frameName: string; question: Question };

/**
 * The participant list's filter by answer: a question (`question=<frame id>:<question id>`) and
 * the answer (`answer`): a choice for choice questions, text to look for otherwise. Part of a GET
 * form, so the result has a URL; without JavaScript the answer field follows the question shown
 * by the URL.
 */
export function AnswerFilter({ questions, question, answer }: { questions: FilterQuestion[]; question?: string; answer?: string }) {
  const t = useTranslations("questions");
  const [selected, setSelected] = useState(question ?? "");
  const current = questions.find((q) => q.key === selected)?.question;
  if (!questions.length) return null;
  return (
    <>
      <div>
        <label htmlFor="filter-question" className="font-medium">
          {t("filterQuestion")}
        </label>
        <select id="filter-question" name="question" value={selected} onChange={(e) => setSelected(e.target.value)} className={`${inputClass} min-h-11`}>
          <option value="">{t("filterAnyQuestion")}</option>
          {questions.map((q) => (
            <option key={q.key} value={q.key}>
              {q.frameName} · {q.question.label}
            </option>
          ))}
        </select>
      </div>
      {current && isChoiceType(current.type) ? (
        <div>
          <label htmlFor="filter-answer" className="font-medium">
            {t("filterAnswer")}
          </label>
          <select key={selected} id="filter-answer" name="answer" defaultValue={answer ?? ""} className={`${inputClass} min-h-11`}>
            <option value="">{t("filterAnyChoice")}</option>
            {(current.choices ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div>
          <label htmlFor="filter-answer" className="font-medium">
            {t("filterAnswerContains")}
          </label>
          <input key={selected} id="filter-answer" type="search" name="answer" defaultValue={answer ?? ""} maxLength={200} disabled={!current} className={inputClass} />
        </div>
      )}
    </>
  );
}
