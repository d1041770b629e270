-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN "attachments" TEXT;
ALTER TABLE "OutboxMail" ADD COLUMN "headers" TEXT;

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

-- CreateTable
CREATE TABLE "ScheduleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "publishedBy" TEXT,
    CONSTRAINT "ScheduleVersion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "createdById" TEXT,
    "audience" TEXT NOT NULL,
    "frameId" TEXT,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sendAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "recipients" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpeakerProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "bio" TEXT NOT NULL DEFAULT '',
    "photoUrl" TEXT,
    "photoKey" TEXT,
    "photoType" TEXT,
    "pronouns" TEXT NOT NULL DEFAULT '',
    "company" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SpeakerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpeakerAvailability" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    CONSTRAINT "SpeakerAvailability_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpeakerAvailability_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewCriterion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ReviewCriterion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("proposalId", "userId"),
    CONSTRAINT "ReviewAssignment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StarredTalk" (
    "userId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "proposalId"),
    CONSTRAINT "StarredTalk_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StarredTalk_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TalkFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TalkFeedback_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TalkFeedback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "prefecture" INTEGER,
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
CREATE INDEX "Event_status_prefecture_startsAt_idx" ON "Event"("status", "prefecture", "startsAt");
CREATE INDEX "Event_groupId_startsAt_idx" ON "Event"("groupId", "startsAt");
CREATE UNIQUE INDEX "Event_groupId_seriesNumber_key" ON "Event"("groupId", "seriesNumber");
CREATE TABLE "new_Frame" (
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
    "forSpeakers" BOOLEAN NOT NULL DEFAULT false,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "commitment" TEXT,
    "seed" TEXT,
    "drawState" TEXT,
    "drawnAt" DATETIME,
    "nominated" TEXT NOT NULL DEFAULT '[]',
    "applicantsDigest" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resultMailAt" DATETIME,
    "resultMailThrough" INTEGER NOT NULL DEFAULT 0,
    "resultMailDoneAt" DATETIME,
    "algorithm" TEXT,
    "beaconChain" TEXT,
    "beaconRound" INTEGER,
    "beaconRandomness" TEXT,
    "beaconSignature" TEXT,
    "closedAt" DATETIME,
    "applicantsCount" INTEGER,
    "drawnCapacity" INTEGER,
    "drawWaitReason" TEXT,
    "drawWaitDetail" TEXT,
    "drawWaitSince" DATETIME,
    "reconfirmFrom" DATETIME,
    "reconfirmUntil" DATETIME,
    "reconfirmPolicy" TEXT NOT NULL DEFAULT 'RELEASE',
    "reconfirmDoneAt" DATETIME,
    "requiresReport" BOOLEAN NOT NULL DEFAULT false,
    "reportRemindedAt" DATETIME,
    CONSTRAINT "Frame_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Frame" ("algorithm", "applicantsCount", "applicantsDigest", "beaconChain", "beaconRandomness", "beaconRound", "beaconSignature", "cancelDeadline", "capacity", "closedAt", "closesAt", "commitment", "createdAt", "drawAt", "drawState", "drawWaitDetail", "drawWaitReason", "drawWaitSince", "drawnAt", "drawnCapacity", "eventId", "forSpeakers", "id", "lockVersion", "method", "name", "nominated", "opensAt", "questions", "resultMailAt", "resultMailDoneAt", "resultMailThrough", "seed", "sortOrder", "updatedAt") SELECT "algorithm", "applicantsCount", "applicantsDigest", "beaconChain", "beaconRandomness", "beaconRound", "beaconSignature", "cancelDeadline", "capacity", "closedAt", "closesAt", "commitment", "createdAt", "drawAt", "drawState", "drawWaitDetail", "drawWaitReason", "drawWaitSince", "drawnAt", "drawnCapacity", "eventId", "forSpeakers", "id", "lockVersion", "method", "name", "nominated", "opensAt", "questions", "resultMailAt", "resultMailDoneAt", "resultMailThrough", "seed", "sortOrder", "updatedAt" FROM "Frame";
DROP TABLE "Frame";
ALTER TABLE "new_Frame" RENAME TO "Frame";
CREATE INDEX "Frame_eventId_idx" ON "Frame"("eventId");
CREATE INDEX "Frame_drawState_drawAt_idx" ON "Frame"("drawState", "drawAt");
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
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "reconfirmation" TEXT,
    "reconfirmTokenHash" TEXT,
    "reconfirmAskedAt" DATETIME,
    "reconfirmAnsweredAt" DATETIME,
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
CREATE UNIQUE INDEX "Registration_reconfirmTokenHash_key" ON "Registration"("reconfirmTokenHash");
CREATE INDEX "Registration_frameId_idx" ON "Registration"("frameId");
CREATE INDEX "Registration_userId_createdAt_idx" ON "Registration"("userId", "createdAt");
CREATE UNIQUE INDEX "Registration_eventId_receiptNumber_key" ON "Registration"("eventId", "receiptNumber");
CREATE TABLE "new_CallForProposals" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "guidelines" TEXT NOT NULL DEFAULT '',
    "formats" TEXT NOT NULL DEFAULT '[]',
    "tracks" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "maxCoSpeakers" INTEGER NOT NULL DEFAULT 3,
    "questions" TEXT NOT NULL DEFAULT '[]',
    "anonymousReview" BOOLEAN NOT NULL DEFAULT false,
    "decisionTemplates" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "CallForProposals_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CallForProposals" ("closesAt", "createdAt", "eventId", "formats", "guidelines", "id", "maxCoSpeakers", "opensAt", "tracks", "updatedAt") SELECT "closesAt", "createdAt", "eventId", "formats", "guidelines", "id", "maxCoSpeakers", "opensAt", "tracks", "updatedAt" FROM "CallForProposals";
DROP TABLE "CallForProposals";
ALTER TABLE "new_CallForProposals" RENAME TO "CallForProposals";
CREATE UNIQUE INDEX "CallForProposals_eventId_key" ON "CallForProposals"("eventId");
CREATE TABLE "new_Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL DEFAULT '',
    "formatId" TEXT NOT NULL,
    "formatName" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "decisionMessage" TEXT,
    "decidedAt" DATETIME,
    "stagedDecision" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "slidesRemindedAt" DATETIME,
    "answers" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Proposal_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("abstract", "createdAt", "decidedAt", "decisionMessage", "eventId", "formatId", "formatName", "id", "language", "level", "minutes", "notes", "slidesRemindedAt", "status", "tags", "title", "updatedAt") SELECT "abstract", "createdAt", "decidedAt", "decisionMessage", "eventId", "formatId", "formatName", "id", "language", "level", "minutes", "notes", "slidesRemindedAt", "status", "tags", "title", "updatedAt" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_eventId_status_idx" ON "Proposal"("eventId", "status");
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "scores" TEXT NOT NULL DEFAULT '{}',
    "weighted" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Review_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("comment", "createdAt", "id", "proposalId", "reviewerId", "score", "updatedAt") SELECT "comment", "createdAt", "id", "proposalId", "reviewerId", "score", "updatedAt" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE UNIQUE INDEX "Review_proposalId_reviewerId_key" ON "Review"("proposalId", "reviewerId");
CREATE TABLE "new_EventReviewer" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tracks" TEXT NOT NULL DEFAULT '[]',

    PRIMARY KEY ("eventId", "userId"),
    CONSTRAINT "EventReviewer_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventReviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventReviewer" ("createdAt", "eventId", "userId") SELECT "createdAt", "eventId", "userId" FROM "EventReviewer";
DROP TABLE "EventReviewer";
ALTER TABLE "new_EventReviewer" RENAME TO "EventReviewer";
CREATE TABLE "new_Slot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "roomId" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "proposalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Slot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Slot_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Slot_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Slot" ("createdAt", "endsAt", "eventId", "id", "kind", "proposalId", "roomId", "startsAt", "title", "updatedAt") SELECT "createdAt", "endsAt", "eventId", "id", "kind", "proposalId", "roomId", "startsAt", "title", "updatedAt" FROM "Slot";
DROP TABLE "Slot";
ALTER TABLE "new_Slot" RENAME TO "Slot";
CREATE UNIQUE INDEX "Slot_proposalId_key" ON "Slot"("proposalId");
CREATE INDEX "Slot_eventId_startsAt_idx" ON "Slot"("eventId", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Receptionist_scopeKey_key" ON "Receptionist"("scopeKey");

-- CreateIndex
CREATE INDEX "Receptionist_userId_idx" ON "Receptionist"("userId");

-- CreateIndex
CREATE INDEX "Receptionist_groupId_eventId_idx" ON "Receptionist"("groupId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleVersion_eventId_number_key" ON "ScheduleVersion"("eventId", "number");

-- CreateIndex
CREATE INDEX "EventMessage_eventId_createdAt_idx" ON "EventMessage"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "EventMessage_sentAt_sendAt_idx" ON "EventMessage"("sentAt", "sendAt");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerProfile_photoKey_key" ON "SpeakerProfile"("photoKey");

-- CreateIndex
CREATE INDEX "SpeakerAvailability_eventId_userId_idx" ON "SpeakerAvailability"("eventId", "userId");

-- CreateIndex
CREATE INDEX "ReviewCriterion_eventId_idx" ON "ReviewCriterion"("eventId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_userId_idx" ON "ReviewAssignment"("userId");

-- CreateIndex
CREATE INDEX "StarredTalk_proposalId_idx" ON "StarredTalk"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE UNIQUE INDEX "TalkFeedback_proposalId_userId_key" ON "TalkFeedback"("proposalId", "userId");

