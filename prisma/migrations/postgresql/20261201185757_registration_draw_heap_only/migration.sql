-- DropIndex
DROP INDEX "Registration_frameId_status_waitlistPosition_idx";

-- CreateIndex
CREATE INDEX "Registration_frameId_idx" ON "Registration"("frameId");


-- Written by hand: room in every page for each row's next version, so that the draw's update of
-- status and waitlistPosition (no index holds either) is heap-only. New pages only; existing
-- rows move to such pages when the table is rewritten (VACUUM FULL), if ever.
ALTER TABLE "Registration" SET (fillfactor = 50);
