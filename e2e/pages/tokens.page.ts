import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

/** /settings/tokens: personal access tokens. */
export class TokensPage {
  readonly name: Locator;
  readonly create: Locator;
  readonly newToken: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel(fieldName("トークン名", "Token name"));
    this.create = page.getByRole("button", { name: text("トークンを作成", "Create token") });
    this.newToken = page.getByTestId("new-token");
  }

  async goto() {
    await this.page.goto("/settings/tokens");
  }

  /** Creates a token and returns it as shown (once) on the page. */
  async createToken(name: string): Promise<string> {
    await this.name.fill(name);
    await this.create.click();
    await this.newToken.waitFor();
    return (await this.newToken.textContent())!.trim();
  }
}
