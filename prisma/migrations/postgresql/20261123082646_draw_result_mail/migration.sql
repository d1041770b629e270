-- AlterTable
ALTER TABLE "Frame" ADD COLUMN     "resultMailAt" TIMESTAMP(3);

