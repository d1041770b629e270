import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";
import { type BuilderQuestion, QuestionBuilderUi } from "./question-builder.page";

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
  /** ブログ枠: its label carries a help line, so the name is matched by its start. */
  readonly requiresReport: Locator;
  readonly addQuestionButton: Locator;
  private readonly builder: QuestionBuilderUi;
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
    this.builder = new QuestionBuilderUi(this.questions);
    this.addQuestionButton = this.builder.addButton;
    this.requiresReport = form.getByRole("checkbox", { name: /^(?:ブログ枠: 参加後にレポートの投稿をお願いする|Report required after the event)/ });
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
    return this.builder.draft(n);
  }

  /** Adds a question at the end of the builder's list. */
  async addQuestion(q: BuilderQuestion) {
    await this.builder.add(q);
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
