import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";
import { type BuilderQuestion, QuestionBuilderUi } from "./question-builder.page";

export type CfpValues = {
  /** datetime-local text in the event's zone */
  opensAt: string;
  closesAt: string;
  /** One format a line: "LT 5" */
  formats: string;
  tracks?: string;
  guidelines?: string;
  /** Added with the question builder. */
  questions?: BuilderQuestion[];
};

/** /events/{id}/cfp/edit: the organizers' settings of the call for proposals. */
export class CfpSettingsPage {
  readonly opensAt: Locator;
  readonly closesAt: Locator;
  readonly formats: Locator;
  readonly tracks: Locator;
  readonly guidelines: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly questions: QuestionBuilderUi;

  constructor(private readonly page: Page) {
    const form = page.getByRole("main").locator("form");
    this.opensAt = form.getByLabel(fieldName("募集開始", "Opens"));
    this.closesAt = form.getByLabel(fieldName("締め切り", "Closes"));
    this.formats = form.getByLabel(fieldName("発表形式", "Formats"));
    this.tracks = form.getByLabel(fieldName("トラック", "Tracks"));
    this.guidelines = form.getByLabel(fieldName("募集要項", "Guidelines"));
    this.save = form.getByRole("button", { name: text("保存", "Save") });
    this.saved = form.getByRole("status");
    this.questions = new QuestionBuilderUi(form.getByRole("group", { name: text("登壇者への質問", "Questions for speakers") }));
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/cfp/edit`);
  }

  async open(values: CfpValues) {
    await this.opensAt.fill(values.opensAt);
    await this.closesAt.fill(values.closesAt);
    await this.formats.fill(values.formats);
    if (values.tracks !== undefined) await this.tracks.fill(values.tracks);
    if (values.guidelines !== undefined) await this.guidelines.fill(values.guidelines);
    for (const q of values.questions ?? []) await this.questions.add(q);
    await this.save.click();
    await this.saved.waitFor();
  }
}

export type ProposalValues = { title: string; abstract?: string; format: string; level?: string; language?: string; tags?: string; notes?: string };

/** /events/{id}/cfp: the public call, and the form to submit a proposal. */
export class CfpPage {
  readonly heading: Locator;
  readonly period: Locator;
  readonly formats: Locator;
  readonly guidelines: Locator;
  readonly note: Locator;
  readonly signInToSubmit: Locator;
  readonly title: Locator;
  readonly abstract: Locator;
  readonly tags: Locator;
  readonly notes: Locator;
  readonly submit: Locator;
  readonly formError: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    const form = main.locator("form");
    this.heading = main.getByRole("heading", { level: 1 });
    this.period = main.getByTestId("cfp-period");
    this.formats = main.getByTestId("cfp-formats").getByRole("listitem");
    this.guidelines = main.getByRole("region", { name: text("募集要項", "Guidelines") });
    this.note = main.getByRole("note");
    this.signInToSubmit = main.getByRole("link", { name: text("サインインして応募する", "Sign in to submit") });
    this.title = form.getByLabel(fieldName("タイトル", "Title"));
    this.abstract = form.getByLabel(fieldName("概要", "Abstract"));
    this.tags = form.getByLabel(fieldName("タグ", "Tags"));
    this.notes = form.getByLabel(fieldName("運営へのメモ", "Notes to the organizers"));
    this.submit = form.getByRole("button", { name: text("プロポーザルを送信", "Submit proposal") });
    this.formError = form.locator(":scope > [role=alert]");
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/cfp`);
  }

  /** The error list under one field (by the field's form name, e.g. "title"). */
  errorFor(field: string): Locator {
    return this.page.locator(`#f-${field}-error`);
  }

  /** The field of a custom question, by the start of its label (text and URL questions). */
  answer(label: string): Locator {
    return this.page.getByRole("main").locator("form").getByLabel(new RegExp(`^${label}`));
  }

  /** A custom choice question's group (radio buttons or checkboxes), by the start of its label. */
  answerGroup(label: string): Locator {
    return this.page.getByRole("main").locator("form").getByRole("group", { name: new RegExp(`^${label}`) });
  }

  /** A radio button of the form by its label: a format ("LT（5分）"), a level or a language. */
  choice(label: string | RegExp): Locator {
    return this.page.getByRole("main").locator("form").getByRole("radio", { name: label });
  }

  async fill(values: ProposalValues) {
    await this.title.fill(values.title);
    if (values.abstract !== undefined) await this.abstract.fill(values.abstract);
    await this.choice(values.format).check();
    if (values.level) await this.choice(values.level).check();
    if (values.language) await this.choice(values.language).check();
    if (values.tags !== undefined) await this.tags.fill(values.tags);
    if (values.notes !== undefined) await this.notes.fill(values.notes);
  }

  /** Submits and waits for the speaker's talks page, where a submitted proposal lands. */
  async submitProposal(values: ProposalValues) {
    await this.fill(values);
    await this.submit.click();
    await this.page.waitForURL(/\/me\/talks/);
  }
}
