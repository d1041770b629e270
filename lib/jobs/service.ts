// Time-based work as idempotent transitions: any instance, the in-process scheduler or
// `npm run jobs` from a cron may run a tick; running it twice does no harm (each step claims
// its work with a conditional update).
import { mailDrawResults } from "../lottery/result-mail/service";
import { closeDueLotteries, runDueDraws } from "../lottery/service";
import { sendPendingMail } from "../mail/service";
import { sendSlidesReminders } from "../materials/service";
import { sendDueReminders } from "../registrations/service";
import { sendDueMessages } from "../messages/service";
import { askReconfirmations, closeReconfirmations } from "../reconfirmation/service";
import { sendReportReminders } from "../reports/service";

export async function runJobsOnce(now = new Date()) {
  // The close first: a draw due at the same moment then finds its list already frozen.
  const closes = await closeDueLotteries(now);
  const draws = await runDueDraws(now);
  const drawMail = await mailDrawResults(now);
  // The deadline before the asking: a frame whose window has just ended asks nobody more.
  const reconfirmClosed = await closeReconfirmations(now);
  const reconfirmAsked = await askReconfirmations(now);
  const reminders = await sendDueReminders(now);
  const slides = await sendSlidesReminders(now);
  const reports = await sendReportReminders(now);
  const messages = await sendDueMessages(now);
  const mail = await sendPendingMail(now);
  return { closes, draws, drawMail, reconfirmClosed, reconfirmAsked, reminders, slides, reports, messages, mail };
}
