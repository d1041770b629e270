-- AlterTable
ALTER TABLE "Frame" ADD COLUMN     "resultMailDoneAt" TIMESTAMP(3),
ADD COLUMN     "resultMailThrough" INTEGER NOT NULL DEFAULT 0;


-- Frames whose result mail was claimed before progress was recorded were written in full then.
UPDATE "Frame" SET "resultMailDoneAt" = "resultMailAt" WHERE "resultMailAt" IS NOT NULL;
