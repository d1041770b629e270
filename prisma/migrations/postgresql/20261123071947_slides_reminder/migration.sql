-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "slidesRemindedAt" TIMESTAMP(3);

