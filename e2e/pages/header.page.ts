import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

export type UiLocale = "ja" | "en";

/** The site header: navigation, language switcher and the signed-in user. */
export class Header {
  readonly banner: Locator;
  readonly languageSwitcher: Locator;
  readonly japanese: Locator;
  readonly english: Locator;
  readonly currentUser: Locator;
  readonly signInLink: Locator;
  readonly signOutButton: Locator;
  readonly newEventLink: Locator;

  constructor(private readonly page: Page) {
    this.banner = page.getByRole("banner");
    this.languageSwitcher = this.banner.getByRole("group", { name: text("言語", "Language") });
    this.japanese = this.languageSwitcher.getByRole("button", { name: "日本語" });
    this.english = this.languageSwitcher.getByRole("button", { name: "English" });
    this.currentUser = this.banner.getByTestId("current-user");
    this.signInLink = this.banner.getByRole("link", { name: text("サインイン", "Sign in") });
    this.signOutButton = this.banner.getByRole("button", { name: text("サインアウト", "Sign out") });
    this.newEventLink = this.banner.getByRole("link", { name: text("イベント作成", "New event") });
  }

  /** Clicks the language button and waits until the page comes back in that language. */
  async switchLanguage(locale: UiLocale) {
    await (locale === "ja" ? this.japanese : this.english).click();
    await this.page.locator(`html[lang="${locale}"]`).waitFor({ state: "attached" });
    await this.languageSwitcher.locator(`button[lang="${locale}"][aria-pressed="true"]`).waitFor();
  }

  async signOut() {
    await this.signOutButton.click();
    await this.signInLink.waitFor();
  }
}
