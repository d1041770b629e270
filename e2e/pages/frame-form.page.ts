import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

export type FrameMethod = "lottery" | "first_come" | "approval";

export type FrameFormValues = {
  name: string;
  capacity: number;
  /** Only when creating: the method cannot change afterwards. */
  method?: FrameMethod;
  /** datetime-local text in the event's zone, "2031-05-20T19:00" */
  opensAt: string;
  closesAt: string;
  drawAt?: string;
  cancelDeadline?: string;
  /** Added with the question builder, after the questions already there. */
  questions?: BuilderQuestion[];
};

export type QuestionType = "text" | "longText" | "single" | "multiple" | "url";
export type BuilderQuestion = { label: string; type: QuestionType; required?: boolean; choices?: string[] };

const TYPE_NAMES: Record<QuestionType, RegExp> = {
  text: text("短いテキスト", "Short text"),
  longText: text("長いテキスト", "Long text"),
  single: text("単一選択", "One choice"),
  multiple: text("複数選択", "Several choices"),
  url: text("URL", "URL"),
};

const METHOD_NAMES: Record<FrameMethod, RegExp> = {
  lottery: /^(抽選|Lottery) — /,
  first_come: /^(先着|First come) — /,
  approval: /^(承認制|Approval) — /,
};

/** /events/{id}/frames/new and /events/{id}/frames/{frameId}/edit */
export class FrameForm {
  readonly heading: Locator;
  readonly name: Locator;
  readonly capacity: Locator;
  readonly opensAt: Locator;
  readonly closesAt: Locator;
  readonly drawAt: Locator;
  readonly cancelDeadline: Locator;
  /** The question builder; one `questionDraft` per question. */
  readonly questions: Locator;
  readonly questionDrafts: Locator;
  readonly addQuestionButton: Locator;
  readonly fixedMethod: Locator;
  readonly submit: Locator;
  /** The form-level message ("入力内容を確認してください。") */
  readonly formError: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    const form = main.locator("form");
    this.heading = main.getByRole("heading", { level: 1 });
    this.name = form.getByLabel(fieldName("枠の名前", "Frame name"));
    this.capacity = form.getByLabel(fieldName("定員", "Capacity"));
    this.opensAt = form.getByLabel(fieldName("受付開始", "Applications open"));
    this.closesAt = form.getByLabel(fieldName("受付締め切り", "Applications close"));
    this.drawAt = form.getByLabel(fieldName("抽選日時", "Draw at"));
    this.cancelDeadline = form.getByLabel(fieldName("キャンセル期限", "Cancellation deadline"));
    this.questions = form.getByRole("group", { name: text("申し込み時の質問", "Questions for applicants") });
    this.questionDrafts = this.questions.getByTestId("question-draft");
    this.addQuestionButton = this.questions.getByRole("button", { name: text("質問を追加", "Add a question") });
    this.fixedMethod = form.getByTestId("frame-method");
    this.submit = form.getByRole("button", { name: text("枠を追加", "Add frame") }).or(form.getByRole("button", { name: text("保存", "Save") }));
    this.formError = form.locator(":scope > [role=alert]");
  }

  async gotoNew(eventId: string) {
    return this.page.goto(`/events/${eventId}/frames/new`);
  }

  async gotoEdit(eventId: string, frameId: string) {
    return this.page.goto(`/events/${eventId}/frames/${frameId}/edit`);
  }

  method(method: FrameMethod): Locator {
    return this.page.getByRole("main").locator("form").getByRole("radio", { name: METHOD_NAMES[method] });
  }

  /** The error list under one field (by the field's form name, e.g. "closesAt"). */
  errorFor(field: string): Locator {
    return this.page.locator(`#f-${field}-error`);
  }

  async fill(values: FrameFormValues) {
    await this.name.fill(values.name);
    await this.capacity.fill(String(values.capacity));
    if (values.method) await this.method(values.method).check();
    await this.opensAt.fill(values.opensAt);
    await this.closesAt.fill(values.closesAt);
    if (values.drawAt !== undefined) await this.drawAt.fill(values.drawAt);
    if (values.cancelDeadline !== undefined) await this.cancelDeadline.fill(values.cancelDeadline);
    for (const q of values.questions ?? []) await this.addQuestion(q);
  }

  /** One question in the builder (1-based, as the builder numbers them). */
  questionDraft(n: number): Locator {
    return this.questions.getByRole("group", { name: text(`質問 ${n}`, `Question ${n}`) });
  }

  /** Adds a question at the end of the builder's list, with the keyboard where a person would type. */
  async addQuestion(q: BuilderQuestion) {
    await this.addQuestionButton.click();
    const draft = this.questionDraft(await this.questionDrafts.count());
    await draft.getByLabel(fieldName("質問文", "Question")).fill(q.label);
    await draft.getByLabel(fieldName("回答の形式", "Answer type")).selectOption({ label: await this.typeLabel(draft, q.type) });
    if (q.choices) await draft.getByLabel(/^(選択肢|Choices)/).fill(q.choices.join("\n"));
    if (q.required) await draft.getByRole("checkbox", { name: text("必須", "Required") }).check();
  }

  private async typeLabel(draft: Locator, type: QuestionType): Promise<string> {
    const options = await draft.getByLabel(fieldName("回答の形式", "Answer type")).locator("option").allTextContents();
    return options.find((o) => TYPE_NAMES[type].test(o))!;
  }

  /** Saves and waits for the manage page the form returns to. */
  async save(values: FrameFormValues) {
    await this.fill(values);
    await this.submit.click();
    await this.page.waitForURL(/\/events\/[^/]+\/manage$/);
  }

  /** Submits values the server is expected to refuse, and waits for the form's error message. */
  async submitRefused(values: FrameFormValues) {
    await this.fill(values);
    await this.submit.click();
    await this.formError.waitFor();
  }
}
