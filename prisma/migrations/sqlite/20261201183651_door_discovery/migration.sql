-- AlterTable
ALTER TABLE "Event" ADD COLUMN "prefecture" INTEGER;

-- CreateTable
CREATE TABLE "Receptionist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "eventId" TEXT,
    "userId" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Receptionist_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Receptionist_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Receptionist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "ticketCode" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "frameId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "waitlistPosition" INTEGER,
    "receiptNumber" INTEGER NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "activeKey" TEXT,
    "confirmedAt" DATETIME,
    "cancelledAt" DATETIME,
    "checkedInAt" DATETIME,
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Registration" ("activeKey", "answers", "cancelledAt", "checkedInAt", "confirmedAt", "createdAt", "eventId", "frameId", "id", "publicId", "receiptNumber", "status", "ticketCode", "updatedAt", "userId", "waitlistPosition") SELECT "activeKey", "answers", "cancelledAt", "checkedInAt", "confirmedAt", "createdAt", "eventId", "frameId", "id", "publicId", "receiptNumber", "status", "ticketCode", "updatedAt", "userId", "waitlistPosition" FROM "Registration";
DROP TABLE "Registration";
ALTER TABLE "new_Registration" RENAME TO "Registration";
CREATE UNIQUE INDEX "Registration_publicId_key" ON "Registration"("publicId");
CREATE UNIQUE INDEX "Registration_ticketCode_key" ON "Registration"("ticketCode");
CREATE UNIQUE INDEX "Registration_activeKey_key" ON "Registration"("activeKey");
CREATE INDEX "Registration_frameId_status_waitlistPosition_idx" ON "Registration"("frameId", "status", "waitlistPosition");
CREATE INDEX "Registration_userId_createdAt_idx" ON "Registration"("userId", "createdAt");
CREATE UNIQUE INDEX "Registration_eventId_receiptNumber_key" ON "Registration"("eventId", "receiptNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Receptionist_scopeKey_key" ON "Receptionist"("scopeKey");

-- CreateIndex
CREATE INDEX "Receptionist_userId_idx" ON "Receptionist"("userId");

-- CreateIndex
CREATE INDEX "Receptionist_groupId_eventId_idx" ON "Receptionist"("groupId", "eventId");

-- CreateIndex
CREATE INDEX "Event_status_prefecture_startsAt_idx" ON "Event"("status", "prefecture", "startsAt");

