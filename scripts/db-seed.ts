// npm run db:seed: fills the demo data. With --if-empty (used by npm start) it does nothing
// when the database already has users or groups.
// Several instances starting at once take turns (lib/demo/seed-lock.ts): one seeds, the others
// find the data there.
import { seedDemoIfEmpty } from "../lib/demo/service";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const r = await seedDemoIfEmpty();
  if (!r) {
    if (ifEmpty) return;
    console.error("The database is not empty; demo data is only added to an empty database.");
    process.exit(1);
  }
  console.log(`Demo data added: ${r.users} users, ${r.groups} groups, ${r.events} events.`);
}

main()
  .then(() => process.exit(0))
  .catch((e: unknown) => {
    console.error("Seeding failed:", e);
    process.exit(1);
  });
