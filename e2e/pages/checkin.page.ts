import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

/** /events/{id}/checkin: the door staff's page. */
export class CheckInPage {
  readonly heading: Locator;
  readonly notFoundHeading: Locator;
  readonly counter: Locator;
  readonly receiptNumber: Locator;
  readonly checkInButton: Locator;
  readonly receiptError: Locator;
  readonly confirmCodeButton: Locator;
  readonly startCamera: Locator;
  readonly video: Locator;
  readonly result: Locator;
  readonly resultTitle: Locator;
  readonly resultName: Locator;
  readonly resultReceipt: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.notFoundHeading = main.getByRole("heading", { name: text("ページが見つかりません", "Page not found") });
    this.counter = main.getByTestId("checkin-counter");
    this.receiptNumber = main.getByLabel(fieldName("受付番号", "Receipt number"));
    this.checkInButton = main.getByRole("button", { name: text("受付する", "Check in") });
    this.receiptError = main.locator("#receipt-error");
    this.confirmCodeButton = main.getByRole("button", { name: text("このチケットで受付する", "Check in this ticket") });
    this.startCamera = main.getByRole("button", { name: text("カメラを起動", "Start camera") });
    this.video = main.getByTestId("checkin-video");
    this.result = main.getByTestId("checkin-result");
    this.resultTitle = this.result.getByTestId("checkin-title");
    this.resultName = this.result.getByTestId("checkin-name");
    this.resultReceipt = this.result.getByTestId("checkin-receipt");
  }

  async goto(eventId: string, code?: string) {
    return this.page.goto(`/events/${eventId}/checkin${code ? `?code=${encodeURIComponent(code)}` : ""}`);
  }

  /** Types a receipt number and checks it in; waits until a new result is shown. */
  async checkInByReceipt(receiptNumber: number | string) {
    await this.receiptNumber.fill(String(receiptNumber));
    await this.afterNewResult(() => this.checkInButton.click());
  }

  /** Confirms the ticket opened from its QR code URL; waits for the result. */
  async confirmCode() {
    await this.afterNewResult(() => this.confirmCodeButton.click());
  }

  /** Runs `act`, then waits for a result panel other than the one shown before (each has its time). */
  async afterNewResult(act: () => Promise<void>) {
    const before = (await this.result.count()) ? await this.result.getAttribute("data-at") : null;
    await act();
    await this.page.waitForFunction((prev) => {
      const at = document.querySelector("[data-testid=checkin-result]")?.getAttribute("data-at");
      return Boolean(at) && at !== prev;
    }, before);
  }
}
