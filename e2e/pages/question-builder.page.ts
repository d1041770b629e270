import type { Locator } from "@playwright/test";
import { fieldName, text } from "./labels";

export type QuestionType = "text" | "longText" | "single" | "multiple" | "url";
export type BuilderQuestion = { label: string; type: QuestionType; required?: boolean; choices?: string[] };

const TYPE_NAMES: Record<QuestionType, RegExp> = {
  text: text("短いテキスト", "Short text"),
  longText: text("長いテキスト", "Long text"),
  single: text("単一選択", "One choice"),
  multiple: text("複数選択", "Several choices"),
  url: text("URL", "URL"),
};

/** The question builder (frames, the call for proposals) inside its group `root`. */
export class QuestionBuilderUi {
  readonly drafts: Locator;
  readonly addButton: Locator;

  constructor(readonly root: Locator) {
    this.drafts = root.getByTestId("question-draft");
    this.addButton = root.getByRole("button", { name: text("質問を追加", "Add a question") });
  }

  /** One question (1-based, as the builder numbers them). */
  draft(n: number): Locator {
    return this.root.getByRole("group", { name: text(`質問 ${n}`, `Question ${n}`) });
  }

  /** Adds a question at the end of the list. */
  async add(q: BuilderQuestion) {
    await this.addButton.click();
    const draft = this.draft(await this.drafts.count());
    await draft.getByLabel(fieldName("質問文", "Question")).fill(q.label);
    const type = draft.getByLabel(fieldName("回答の形式", "Answer type"));
    const options = await type.locator("option").allTextContents();
    await type.selectOption({ label: options.find((o) => TYPE_NAMES[q.type].test(o))! });
    if (q.choices) await draft.getByLabel(/^(選択肢|Choices)/).fill(q.choices.join("\n"));
    if (q.required) await draft.getByRole("checkbox", { name: text("必須", "Required") }).check();
  }
}
