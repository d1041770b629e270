-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "reconfirmAnsweredAt" DATETIME;
ALTER TABLE "Registration" ADD COLUMN "reconfirmAskedAt" DATETIME;
ALTER TABLE "Registration" ADD COLUMN "reconfirmTokenHash" TEXT;
ALTER TABLE "Registration" ADD COLUMN "reconfirmation" TEXT;

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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EventMessage_eventId_createdAt_idx" ON "EventMessage"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "EventMessage_sentAt_sendAt_idx" ON "EventMessage"("sentAt", "sendAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_reconfirmTokenHash_key" ON "Registration"("reconfirmTokenHash");

