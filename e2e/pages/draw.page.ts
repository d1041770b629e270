import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** /frames/{id}/draw: the public draw record and its in-browser verifier. */
export class DrawPage {
  readonly heading: Locator;
  readonly pendingNote: Locator;
  readonly commitment: Locator;
  readonly seed: Locator;
  readonly verifyResult: Locator;
  readonly checks: Locator;
  readonly verifyButton: Locator;
  readonly order: Locator;
  readonly myPlace: Locator;
  readonly cli: Locator;
  readonly jsonLink: Locator;
  readonly status: Locator;
  readonly algorithm: Locator;
  readonly beacon: Locator;
  readonly closedAt: Locator;
  readonly digest: Locator;
  readonly logEntries: Locator;
  readonly findField: Locator;
  readonly findButton: Locator;
  readonly found: Locator;

  /** One verification check by its name (algorithm, beacon, logChain, promotions, …). */
  check(name: string): Locator {
    return this.checks.and(this.page.locator(`[data-check="${name}"]`));
  }

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.pendingNote = main.getByTestId("draw-pending");
    this.commitment = main.getByTestId("draw-commitment");
    this.seed = main.getByTestId("draw-seed");
    this.verifyResult = main.getByTestId("verify-result");
    this.checks = main.getByTestId("verify-checks").getByRole("listitem");
    this.verifyButton = main.getByRole("button", { name: text("検証する", "Verify") });
    this.order = main.getByTestId("draw-order").getByRole("listitem");
    this.myPlace = main.getByTestId("draw-my-place");
    this.cli = main.getByTestId("draw-cli");
    this.jsonLink = main.getByRole("link", { name: /^JSON: .*\/draw$/ });
    this.status = main.getByTestId("draw-status");
    this.algorithm = main.getByTestId("draw-algorithm");
    this.beacon = main.getByTestId("draw-beacon");
    this.closedAt = main.getByTestId("draw-closed-at");
    this.digest = main.getByTestId("draw-digest");
    this.logEntries = main.getByTestId("frame-log").getByTestId("log-entry");
    this.findField = main.getByRole("textbox", { name: text("自分の公開 ID を探す", "Find my public id") });
    this.findButton = main.getByRole("button", { name: text("探す", "Find") });
    this.found = main.getByTestId("draw-found");
  }

  /** Looks a public id up with the page's search form (a plain GET form). */
  async find(publicId: string) {
    await this.findField.fill(publicId);
    await this.findButton.click();
  }

  async goto(frameId: string) {
    await this.page.goto(`/frames/${frameId}/draw`);
  }
}
