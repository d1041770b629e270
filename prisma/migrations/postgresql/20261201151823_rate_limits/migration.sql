-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "OutboxMail_status_priority_createdAt_idx" ON "OutboxMail"("status", "priority", "createdAt");

