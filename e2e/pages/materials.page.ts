import type { Locator, Page } from "@playwright/test";
import { acceptNextDialog } from "./dialogs";
import { fieldName, text } from "./labels";

export type PdfFile = { name: string; mimeType: string; buffer: Buffer };

/** The slides section of a talk page (/talks/{id}) and its forms. */
export class TalkSlidesSection {
  readonly section: Locator;
  readonly notice: Locator;
  readonly items: Locator;
  readonly uploadForm: Locator;
  readonly uploadTitle: Locator;
  readonly uploadFile: Locator;
  readonly uploadButton: Locator;
  readonly linkForm: Locator;
  readonly linkKind: Locator;
  readonly linkTitle: Locator;
  readonly linkUrl: Locator;
  readonly addLinkButton: Locator;
  readonly allMaterialsLink: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole("main").getByRole("region", { name: text("スライド・動画", "Slides and videos") });
    this.notice = this.section.getByTestId("upload-notice");
    this.items = this.section.getByTestId("material");
    this.uploadForm = this.section.getByRole("form", { name: text("PDF をアップロード", "Upload a PDF") });
    this.uploadTitle = this.uploadForm.getByLabel(fieldName("タイトル", "Title"));
    this.uploadFile = this.uploadForm.getByLabel(fieldName("PDF ファイル", "PDF file"));
    this.uploadButton = this.uploadForm.getByRole("button", { name: text("アップロード", "Upload") });
    this.linkForm = this.section.getByRole("form", { name: text("リンクを追加", "Add a link") });
    this.linkKind = this.linkForm.getByLabel(fieldName("種類", "Kind"));
    this.linkTitle = this.linkForm.getByLabel(fieldName("タイトル", "Title"));
    this.linkUrl = this.linkForm.getByLabel(fieldName("URL", "URL"));
    this.addLinkButton = this.linkForm.getByRole("button", { name: text("リンクを追加", "Add link") });
    this.allMaterialsLink = this.section.getByRole("link", { name: text("このイベントの資料一覧", "All materials of this event") });
  }

  async goto(talkId: string) {
    await this.page.goto(`/talks/${talkId}`);
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  viewer(title: string): Locator {
    return this.item(title).getByTestId("pdf-viewer");
  }

  /** Uploads through the plain form; the server answers with a redirect back to the talk. */
  async upload(file: PdfFile, title = "") {
    await this.uploadTitle.fill(title);
    await this.uploadFile.setInputFiles(file);
    await this.uploadButton.click();
    await this.page.waitForURL(/\/talks\/[^/?]+\?(uploaded|error)=/);
  }

  async replace(title: string, file: PdfFile) {
    const item = this.item(title);
    await item.getByText(text("PDF を差し替える", "Replace the PDF")).click();
    const form = item.getByRole("form");
    await form.getByLabel(fieldName("新しい PDF ファイル", "New PDF file")).setInputFiles(file);
    await form.getByRole("button", { name: text("差し替える", "Replace") }).click();
    await this.page.waitForURL(/\/talks\/[^/?]+\?(uploaded|error)=/);
  }

  async addLink(values: { kind: "スライド" | "動画" | "資料"; title: string; url: string }) {
    await this.linkKind.selectOption({ label: values.kind });
    await this.linkTitle.fill(values.title);
    await this.linkUrl.fill(values.url);
    await this.addLinkButton.click();
  }

  /** A field's messages in the link form. */
  linkError(field: "kind" | "title" | "url"): Locator {
    return this.linkForm.locator(`#f-${field}-error`);
  }

  async remove(title: string) {
    await acceptNextDialog(this.page);
    await this.item(title).getByRole("button", { name: new RegExp(`^(?:「${title}」を削除|Remove “${title}”)$`) }).click();
  }
}

/** /events/{id}/materials (資料一覧) */
export class MaterialsPage {
  readonly heading: Locator;
  readonly feedLink: Locator;
  readonly talks: Locator;
  readonly missingSlides: Locator;
  readonly reports: Locator;
  readonly reportItems: Locator;
  readonly reportForm: Locator;
  readonly reportTitle: Locator;
  readonly reportUrl: Locator;
  readonly postReportButton: Locator;
  readonly signInToPost: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.feedLink = main.getByTestId("materials-feed");
    this.talks = main.getByTestId("materials-talk");
    this.missingSlides = main.getByTestId("missing-slides");
    this.reports = main.getByRole("region", { name: text("参加レポート", "Reports") });
    this.reportItems = this.reports.getByTestId("report");
    this.reportForm = main.getByRole("form", { name: text("参加レポートを投稿", "Post a report") });
    this.reportTitle = this.reportForm.getByLabel(fieldName("タイトル", "Title"));
    this.reportUrl = this.reportForm.getByLabel(fieldName("URL（ブログ記事など）", "URL (a blog post or similar)"));
    this.postReportButton = this.reportForm.getByRole("button", { name: text("投稿する", "Post") });
    this.signInToPost = main.getByRole("link", { name: text("参加レポートを投稿するにはサインインしてください", "Sign in to post a report") });
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/materials`);
  }

  talk(title: string): Locator {
    return this.talks.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  material(talkTitle: string, title: string): Locator {
    return this.talk(talkTitle).getByTestId("material").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  report(title: string): Locator {
    return this.reportItems.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  hiddenMark(reportTitle: string): Locator {
    return this.report(reportTitle).getByTestId("material-hidden");
  }

  async postReport(title: string, url: string) {
    await this.reportTitle.fill(title);
    await this.reportUrl.fill(url);
    await this.postReportButton.click();
  }

  async toggleHidden(title: string) {
    await this.report(title)
      .getByRole("button", { name: new RegExp(`^(?:「${title}」を(?:非表示にする|再表示する)|(?:Hide|Show) “${title}”(?: again)?)$`) })
      .click();
  }
}

/** The reports section of a group page (/groups/{slug}). */
export class GroupReportsSection {
  readonly section: Locator;
  readonly items: Locator;
  readonly feedLink: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole("main").getByRole("region", { name: text("参加レポート", "Reports") });
    this.items = this.section.getByTestId("report");
    this.feedLink = this.section.getByTestId("group-feed");
  }

  async goto(slug: string) {
    await this.page.goto(`/groups/${slug}`);
  }

  report(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }
}
