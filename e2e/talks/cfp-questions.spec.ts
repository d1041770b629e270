// The call for proposals' custom questions: built by the organizer with the same builder as
// frames, answered by a speaker (with per-question errors that keep the form), and read by the
// organizer on the review page.
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { CfpPage, CfpSettingsPage } from "../pages/cfp.page";
import { ReviewPage } from "../pages/proposals.page";

test.describe("the call for proposals' questions", () => {
  test("are built by the organizer, answered in the proposal and shown on the review page", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const settings = new CfpSettingsPage(page);
    const title = `Questions talk ${uniqueSuffix()}`;

    await test.step("the organizer opens a call with a required choice and a URL question", async () => {
      await settings.goto(event.id);
      await settings.open({
        opensAt: "2020-01-01T00:00",
        closesAt: "2031-06-01T23:59",
        formats: "LT 5\nTalk 20",
        questions: [
          { label: "登壇経験", type: "single", required: true, choices: ["初めて", "何度か"] },
          { label: "過去のスライド", type: "url" },
        ],
      });
      // After a reload the builder shows what was saved.
      await page.reload();
      await expect(settings.questions.drafts).toHaveCount(2);
      await expect(settings.questions.draft(2).getByLabel(/^(質問文|Question)$/)).toHaveValue("過去のスライド");
    });

    const speaker = await openSession(uniqueEmail("cfp-speaker"));
    const cfp = new CfpPage(speaker.page);
    await test.step("a speaker without the required answer is told so at the question, the rest kept", async () => {
      await cfp.goto(event.id);
      await cfp.fill({ title, format: "Talk（20分）" });
      await cfp.answer("過去のスライド").fill("https://slides.example/mine");
      await cfp.submit.click();
      await expect(cfp.answerGroup("登壇経験").getByRole("alert")).toHaveText(/^(入力してください。|This field is required\.)$/);
      await expect(cfp.answer("過去のスライド")).toHaveValue("https://slides.example/mine");
      await expect(cfp.title).toHaveValue(title);
    });

    await test.step("the corrected proposal is submitted", async () => {
      await cfp.answerGroup("登壇経験").getByRole("radio", { name: "何度か", exact: true }).check();
      await cfp.submit.click();
      await speaker.page.waitForURL(/\/me\/talks/);
    });

    await test.step("the organizer reads the answers on the review page", async () => {
      const review = new ReviewPage(page);
      await review.goto(event.id);
      await expect(review.answers(title)).toContainText("登壇経験");
      await expect(review.answers(title)).toContainText("何度か");
      await expect(review.answers(title)).toContainText("https://slides.example/mine");
    });
  });
});
