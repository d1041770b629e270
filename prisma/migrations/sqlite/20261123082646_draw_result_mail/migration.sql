-- AlterTable
ALTER TABLE "Frame" ADD COLUMN "resultMailAt" DATETIME;

