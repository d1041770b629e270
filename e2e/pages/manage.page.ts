import type { Download, Locator, Page } from "@playwright/test";
import { acceptNextDialog } from "./dialogs";
import { fieldName, text } from "./labels";

export type FrameCount = "applied" | "confirmed" | "waitlisted" | "cancelled" | "rejected" | "attended";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** /events/{id}/manage: frames, the participant list, CSV export and messages. */
export class ManagePage {
  readonly heading: Locator;
  readonly notFoundHeading: Locator;
  readonly addFrameLink: Locator;
  readonly checkInLink: Locator;
  readonly csvLink: Locator;
  readonly noFrames: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly frameFilter: Locator;
  readonly filterButton: Locator;
  /** The filter by answer: which question, then the answer (a choice, or text to look for). */
  readonly answerQuestion: Locator;
  readonly answerFilter: Locator;
  readonly participantCount: Locator;
  readonly participants: Locator;
  readonly messageSubject: Locator;
  readonly messageBody: Locator;
  readonly sendButton: Locator;
  readonly messageStatus: Locator;
  readonly attended: Locator;
  readonly noShow: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.notFoundHeading = main.getByRole("heading", { name: text("ページが見つかりません", "Page not found") });
    this.addFrameLink = main.getByRole("link", { name: text("枠を追加", "Add a frame") });
    this.checkInLink = main.getByRole("link", { name: text("受付 (チェックイン)", "Check-in") });
    this.csvLink = main.getByRole("link", { name: text("CSV をダウンロード", "Download CSV") });
    this.noFrames = main.getByText(/参加枠はまだありません|No frames yet/);
    const filters = main.getByRole("search");
    this.search = filters.getByLabel(fieldName("キーワード", "Keyword"));
    this.statusFilter = filters.getByLabel(fieldName("状態", "Status"));
    this.frameFilter = filters.getByLabel(fieldName("参加枠", "Frame"));
    this.filterButton = filters.getByRole("button", { name: text("絞り込む", "Filter") });
    this.answerQuestion = filters.getByLabel(fieldName("絞り込む質問", "Answer to"));
    this.answerFilter = filters.getByLabel(/^(回答|回答に含む文字|Answer|Answer contains)$/);
    this.participantCount = main.getByTestId("participant-count");
    this.participants = main.getByTestId("participant");
    const message = main.getByRole("region", { name: text("参加者へのメッセージ", "Message participants") });
    this.messageSubject = message.getByLabel(fieldName("件名", "Subject"));
    this.messageBody = message.getByLabel(fieldName("本文", "Message"));
    this.sendButton = message.getByRole("button", { name: text("送信する", "Send") });
    this.messageStatus = message.getByRole("status");
    this.attended = main.getByTestId("attended-count");
    this.noShow = main.getByTestId("no-show-count");
  }

  /** A participant row's answers (label and answer pairs). */
  answers(row: Locator): Locator {
    return row.getByTestId("participant-answers");
  }

  async goto(eventId: string) {
    return this.page.goto(`/events/${eventId}/manage`);
  }

  /** Follows the link in the event page's organizer tools. */
  async openFromEventPage(eventId: string) {
    await this.page.goto(`/events/${eventId}`);
    await this.page
      .getByRole("main")
      .getByRole("region", { name: text("主催者メニュー", "Organizer tools") })
      .getByRole("link", { name: text("参加者・参加枠の管理", "Participants and frames") })
      .click();
    await this.page.waitForURL(/\/manage$/);
  }

  frame(name: string): Locator {
    return this.page.getByRole("main").getByRole("article", { name, exact: true });
  }

  method(frame: string): Locator {
    return this.frame(frame).getByTestId("frame-method");
  }

  /** One of a frame's numbers (capacity is "capacity"). */
  count(frame: string, which: FrameCount | "capacity"): Locator {
    const counts = this.frame(frame).getByTestId("frame-counts");
    return which === "capacity" ? counts.locator("dd").first() : counts.getByTestId(`count-${which}`).locator("dd");
  }

  lotteryState(frame: string): Locator {
    return this.frame(frame).getByTestId("lottery-state");
  }

  drawButton(frame: string): Locator {
    return this.frame(frame).getByRole("button", { name: text("抽選する", "Draw the lottery") });
  }

  /** The draw form's outcome (success note or translated error). */
  drawMessage(frame: string): Locator {
    return this.frame(frame).locator("form [role=status], form [role=alert]");
  }

  editLink(frame: string): Locator {
    return this.frame(frame).getByRole("link", { name: new RegExp(`^(${escape(frame)} を編集|Edit ${escape(frame)})$`) });
  }

  drawRecordLink(frame: string): Locator {
    return this.frame(frame).getByRole("link", { name: text("抽選の記録（公開ページ）", "Draw record (public page)") });
  }

  participant(text: string): Locator {
    return this.participants.filter({ hasText: text });
  }

  participantStatus(text: string): Locator {
    return this.participant(text).getByTestId("participant-status");
  }

  approveButton(name: string): Locator {
    return this.page.getByRole("group", { name: new RegExp(escape(name)) }).getByRole("button", { name: text("承認する", "Approve") });
  }

  rejectButton(name: string): Locator {
    return this.page.getByRole("group", { name: new RegExp(escape(name)) }).getByRole("button", { name: text("却下する", "Reject") });
  }

  /** Filters the list (the form is a plain GET) and waits for the new page. */
  async filter(values: { q?: string; status?: string; frame?: string }) {
    if (values.q !== undefined) await this.search.fill(values.q);
    if (values.status !== undefined) await this.statusFilter.selectOption({ label: values.status });
    if (values.frame !== undefined) await this.frameFilter.selectOption({ label: values.frame });
    // A plain GET form: the whole page loads again.
    const loaded = this.page.waitForEvent("framenavigated", { predicate: (f) => f === this.page.mainFrame() });
    await this.filterButton.click();
    await loaded;
    await this.page.waitForLoadState();
  }

  voidSection(frame: string): Locator {
    return this.frame(frame).getByTestId("void-lottery");
  }

  /** Opens the frame's "void the lottery" form, fills it and submits it after the confirmation. */
  async voidLottery(frame: string, values: { reason: string; closesAt?: string; drawAt?: string }) {
    const section = this.voidSection(frame);
    await section.locator("summary").click();
    await section.getByLabel(fieldName("理由（公開されます）", "Reason (public)")).fill(values.reason);
    if (values.closesAt) await section.getByLabel(fieldName("新しい締め切り（空欄: そのまま）", "New close (empty: unchanged)")).fill(values.closesAt);
    if (values.drawAt) await section.getByLabel(fieldName("新しい抽選日時（空欄: そのまま）", "New draw time (empty: unchanged)")).fill(values.drawAt);
    await acceptNextDialog(this.page);
    await section.getByRole("button", { name: text("無効にして新しい抽選を始める", "Void and start a new lottery") }).click();
  }

  /** Draws after accepting the confirmation dialog. */
  async draw(frame: string) {
    await acceptNextDialog(this.page);
    await this.drawButton(frame).click();
  }

  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.csvLink.click()]);
    return download;
  }

  /** Sends after accepting the confirmation dialog; waits for the outcome. */
  async sendMessage(subject: string, body: string) {
    await this.messageSubject.fill(subject);
    await this.messageBody.fill(body);
    await acceptNextDialog(this.page);
    await this.sendButton.click();
    await this.messageStatus.waitFor();
  }
}
