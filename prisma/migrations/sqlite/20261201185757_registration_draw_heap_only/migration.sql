-- DropIndex
DROP INDEX "Registration_frameId_status_waitlistPosition_idx";

-- CreateIndex
CREATE INDEX "Registration_frameId_idx" ON "Registration"("frameId");

