import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

/** /signin, and its development sign-in section (demo mode only). */
export class SignInPage {
  readonly heading: Locator;
  readonly devSection: Locator;
  readonly devHeading: Locator;
  readonly devEmail: Locator;
  readonly devSubmit: Locator;
  readonly demoBanner: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.devSection = page.getByTestId("dev-signin");
    this.devHeading = this.devSection.getByRole("heading", { name: text("開発用サインイン", "Development sign-in") });
    this.devEmail = this.devSection.getByLabel(fieldName("メールアドレス", "Email address"));
    this.devSubmit = this.devSection.getByRole("button", { name: text("サインイン（開発用）", "Sign in (development)") });
    this.demoBanner = page.getByTestId("demo-banner");
  }

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin");
  }

  /** Signs in with the development sign-in and waits to leave the sign-in page. */
  async signInWithDevelopmentSignIn(email: string) {
    await this.devEmail.fill(email);
    await this.devSubmit.click();
    await this.page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  }
}
