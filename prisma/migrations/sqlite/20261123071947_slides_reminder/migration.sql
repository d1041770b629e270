-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN "slidesRemindedAt" DATETIME;

