-- CreateTable
CREATE TABLE "Frame" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "drawAt" DATETIME,
    "cancelDeadline" DATETIME,
    "questions" TEXT NOT NULL DEFAULT '[]',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "commitment" TEXT,
    "seed" TEXT,
    "drawState" TEXT,
    "drawnAt" DATETIME,
    "nominated" TEXT NOT NULL DEFAULT '[]',
    "applicantsDigest" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Frame_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Registration" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DrawEntry" (
    "frameId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "publicId" TEXT NOT NULL,
    "nominated" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("frameId", "position"),
    CONSTRAINT "DrawEntry_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "catchphrase" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    "venueName" TEXT,
    "venueAddress" TEXT,
    "venueMapUrl" TEXT,
    "onlineUrl" TEXT,
    "hashtag" TEXT,
    "seriesNumber" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "cancelledAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "receiptSeq" INTEGER NOT NULL DEFAULT 0,
    "remindedAt" DATETIME,
    CONSTRAINT "Event_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("cancelledAt", "catchphrase", "createdAt", "createdById", "description", "endsAt", "groupId", "hashtag", "id", "onlineUrl", "publishedAt", "searchText", "seriesNumber", "startsAt", "status", "timezone", "title", "updatedAt", "venueAddress", "venueMapUrl", "venueName") SELECT "cancelledAt", "catchphrase", "createdAt", "createdById", "description", "endsAt", "groupId", "hashtag", "id", "onlineUrl", "publishedAt", "searchText", "seriesNumber", "startsAt", "status", "timezone", "title", "updatedAt", "venueAddress", "venueMapUrl", "venueName" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");
CREATE INDEX "Event_groupId_startsAt_idx" ON "Event"("groupId", "startsAt");
CREATE UNIQUE INDEX "Event_groupId_seriesNumber_key" ON "Event"("groupId", "seriesNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Frame_eventId_idx" ON "Frame"("eventId");

-- CreateIndex
CREATE INDEX "Frame_drawState_drawAt_idx" ON "Frame"("drawState", "drawAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_publicId_key" ON "Registration"("publicId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_ticketCode_key" ON "Registration"("ticketCode");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_activeKey_key" ON "Registration"("activeKey");

-- CreateIndex
CREATE INDEX "Registration_frameId_status_waitlistPosition_idx" ON "Registration"("frameId", "status", "waitlistPosition");

-- CreateIndex
CREATE INDEX "Registration_userId_createdAt_idx" ON "Registration"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_eventId_receiptNumber_key" ON "Registration"("eventId", "receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "DrawEntry_frameId_publicId_key" ON "DrawEntry"("frameId", "publicId");

