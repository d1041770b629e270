-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN "attachments" TEXT;
ALTER TABLE "OutboxMail" ADD COLUMN "headers" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT,
    "emailVerified" DATETIME,
    "image" TEXT,
    "handle" TEXT,
    "bio" TEXT,
    "githubUrl" TEXT,
    "xUrl" TEXT,
    "locale" TEXT,
    "bulkMailOptOut" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("bio", "createdAt", "email", "emailVerified", "githubUrl", "handle", "id", "image", "locale", "name", "updatedAt", "xUrl") SELECT "bio", "createdAt", "email", "emailVerified", "githubUrl", "handle", "id", "image", "locale", "name", "updatedAt", "xUrl" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");
CREATE TABLE "new_GroupMembership" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "announcementsOptOut" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("groupId", "userId"),
    CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GroupMembership" ("createdAt", "groupId", "role", "userId") SELECT "createdAt", "groupId", "role", "userId" FROM "GroupMembership";
DROP TABLE "GroupMembership";
ALTER TABLE "new_GroupMembership" RENAME TO "GroupMembership";
CREATE INDEX "GroupMembership_userId_idx" ON "GroupMembership"("userId");
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
    "participantInfo" TEXT NOT NULL DEFAULT '',
    "onlineUrlPrivate" BOOLEAN NOT NULL DEFAULT false,
    "seriesNumber" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "cancelledAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "receiptSeq" INTEGER NOT NULL DEFAULT 0,
    "remindedAt" DATETIME,
    "schedulePublished" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Event_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("cancelledAt", "catchphrase", "createdAt", "createdById", "description", "endsAt", "groupId", "hashtag", "id", "onlineUrl", "publishedAt", "receiptSeq", "remindedAt", "schedulePublished", "searchText", "seriesNumber", "startsAt", "status", "timezone", "title", "updatedAt", "venueAddress", "venueMapUrl", "venueName") SELECT "cancelledAt", "catchphrase", "createdAt", "createdById", "description", "endsAt", "groupId", "hashtag", "id", "onlineUrl", "publishedAt", "receiptSeq", "remindedAt", "schedulePublished", "searchText", "seriesNumber", "startsAt", "status", "timezone", "title", "updatedAt", "venueAddress", "venueMapUrl", "venueName" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");
CREATE INDEX "Event_groupId_startsAt_idx" ON "Event"("groupId", "startsAt");
CREATE UNIQUE INDEX "Event_groupId_seriesNumber_key" ON "Event"("groupId", "seriesNumber");
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
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
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

