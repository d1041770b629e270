// Custom questions from end to end: the organizer builds them with the form builder (keyboard
// reachable buttons, no syntax to learn), an attendee answers them, and the organizer reads the
// answers in the participant table and filters by one, with a URL that can be shared.
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { FrameForm } from "../pages/frame-form.page";
import { ManagePage } from "../pages/manage.page";
import { RegistrationPanel } from "../pages/registration.page";

const MINUTE = 60_000;
const REQUIRED = /^(入力してください。|This field is required\.)$/;

function tokyoLocal(minutes: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(Date.now() + minutes * MINUTE));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

test.describe("questions for applicants", () => {
  test("are built in the form builder, answered when applying, and shown and filtered in the organizer's table", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const form = new FrameForm(page);
    const manage = new ManagePage(page);
    const frame = `質問枠 ${uniqueSuffix()}`;

    await test.step("the organizer adds questions of several types and reorders them with buttons", async () => {
      await form.gotoNew(event.id);
      await form.fill({ name: frame, capacity: 5, method: "first_come", opensAt: tokyoLocal(-60), closesAt: tokyoLocal(7 * 24 * 60) });
      await form.addQuestion({ label: "ブログ", type: "url" });
      await form.addQuestion({ label: "所属", type: "text", required: true });
      await form.addQuestion({ label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] });
      await form.addQuestion({ label: "使う言語", type: "multiple", choices: ["Go", "Rust", "TypeScript"] });
      // "ブログ" goes last: three presses of its "down" button, focus staying on the button.
      const down = form.questionDraft(1).getByRole("button", { name: /^(質問 1 を下へ移動|Move question 1 down)$/ });
      await down.click();
      await expect(page.locator(":focus")).toHaveAccessibleName(/^(質問 2 を下へ移動|Move question 2 down)$/);
      await page.keyboard.press("Enter");
      await expect(page.locator(":focus")).toHaveAccessibleName(/^(質問 3 を下へ移動|Move question 3 down)$/);
      await page.keyboard.press("Enter");
      await expect(form.questionDraft(4).getByLabel(/^(質問文|Question)$/)).toHaveValue("ブログ");
      await expect(form.questionDraft(1).getByLabel(/^(質問文|Question)$/)).toHaveValue("所属");
      const box = await form.addQuestionButton.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await form.submit.click();
      await page.waitForURL(/\/manage$/);
    });

    const attendee = await openSession(uniqueEmail("answers"));
    const panel = new RegistrationPanel(attendee.page);
    await test.step("an attendee who leaves out a required answer is told so, and keeps what was typed", async () => {
      await panel.goto(event.id);
      await panel.question(frame, "所属").fill("ACME");
      await panel.question(frame, "ブログ").fill("not a url");
      // The browser's own checks are off the path here: the server's per-question errors are what is tested.
      await panel.frame(frame).locator("form").evaluate((f) => f.setAttribute("novalidate", ""));
      await panel.applyButton(frame).click();
      await expect(panel.frame(frame).getByRole("group", { name: /^懇親会/ }).getByRole("alert")).toHaveText(REQUIRED);
      await expect(panel.frame(frame).getByRole("alert").filter({ hasText: /http:\/\// })).toBeVisible();
      await expect(panel.question(frame, "所属")).toHaveValue("ACME");
    });

    await test.step("the corrected application goes through", async () => {
      await panel.question(frame, "ブログ").fill("https://blog.example/aki");
      await panel.apply(frame, { 懇親会: "参加", 使う言語: ["Go", "TypeScript"] });
      await expect(panel.standing(frame)).toContainText("#1");
    });
    const other = await openSession(uniqueEmail("answers-b"));
    const otherPanel = new RegistrationPanel(other.page);
    await otherPanel.goto(event.id);
    await otherPanel.apply(frame, { 所属: "Example Inc", 懇親会: "不参加" });

    await test.step("the organizer reads the answers in the table and filters by a choice, with a linkable URL", async () => {
      await manage.goto(event.id);
      await expect(manage.participants).toHaveCount(2);
      const first = manage.participants.filter({ hasText: "ACME" });
      await expect(manage.answers(first)).toContainText("Go, TypeScript");
      await expect(manage.answers(first)).toContainText("https://blog.example/aki");
      await manage.answerQuestion.selectOption({ label: `${frame} · 懇親会` });
      await manage.answerFilter.selectOption("不参加");
      await manage.filterButton.click();
      await expect(page).toHaveURL(/[?&]question=[^&]+%3Aq\d+&answer=%E4%B8%8D%E5%8F%82%E5%8A%A0/);
      await expect(manage.participants).toHaveCount(1);
      await expect(manage.participants.first()).toContainText("Example Inc");
      // The URL alone gives the same list, with the filter shown as chosen.
      await page.reload();
      await expect(manage.participants).toHaveCount(1);
      await expect(manage.answerFilter).toHaveValue("不参加");
    });

    await test.step("a text question filters by what the answer contains", async () => {
      await manage.answerQuestion.selectOption({ label: `${frame} · 所属` });
      await manage.answerFilter.fill("acme");
      await manage.filterButton.click();
      await expect(manage.participants).toHaveCount(1);
      await expect(manage.participants.first()).toContainText("ACME");
    });
  });
});
