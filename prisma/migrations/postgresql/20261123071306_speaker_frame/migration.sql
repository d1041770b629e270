-- AlterTable
ALTER TABLE "Frame" ADD COLUMN     "forSpeakers" BOOLEAN NOT NULL DEFAULT false;

