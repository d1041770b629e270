-- DropIndex
DROP INDEX "Registration_frameId_status_waitlistPosition_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bulkMailOptOut" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "GroupMembership" ADD COLUMN     "announcementsOptOut" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "onlineUrlPrivate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "participantInfo" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prefecture" INTEGER;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "attachments" TEXT,
ADD COLUMN     "headers" TEXT;

-- AlterTable
ALTER TABLE "Frame" ADD COLUMN     "reconfirmDoneAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmFrom" TIMESTAMP(3),
ADD COLUMN     "reconfirmPolicy" TEXT NOT NULL DEFAULT 'RELEASE',
ADD COLUMN     "reconfirmUntil" TIMESTAMP(3),
ADD COLUMN     "reportRemindedAt" TIMESTAMP(3),
ADD COLUMN     "requiresReport" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "anonymous" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reconfirmAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmAskedAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmTokenHash" TEXT,
ADD COLUMN     "reconfirmation" TEXT,
ADD COLUMN     "walkIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "CallForProposals" ADD COLUMN     "anonymousReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "decisionTemplates" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "questions" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "answers" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "stagedDecision" TEXT;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "scores" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "weighted" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "EventReviewer" ADD COLUMN     "tracks" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Slot" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Receptionist" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "eventId" TEXT,
    "userId" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Receptionist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleVersion" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "publishedBy" TEXT,

    CONSTRAINT "ScheduleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMessage" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "createdById" TEXT,
    "audience" TEXT NOT NULL,
    "frameId" TEXT,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "recipients" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakerProfile" (
    "userId" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "photoUrl" TEXT,
    "photoKey" TEXT,
    "photoType" TEXT,
    "pronouns" TEXT NOT NULL DEFAULT '',
    "company" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpeakerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "SpeakerAvailability" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpeakerAvailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCriterion" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("proposalId","userId")
);

-- CreateTable
CREATE TABLE "StarredTalk" (
    "userId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StarredTalk_pkey" PRIMARY KEY ("userId","proposalId")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "TalkFeedback" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TalkFeedback_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "Event_status_prefecture_startsAt_idx" ON "Event"("status", "prefecture", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_reconfirmTokenHash_key" ON "Registration"("reconfirmTokenHash");

-- CreateIndex
CREATE INDEX "Registration_frameId_idx" ON "Registration"("frameId");

-- AddForeignKey
ALTER TABLE "Receptionist" ADD CONSTRAINT "Receptionist_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receptionist" ADD CONSTRAINT "Receptionist_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receptionist" ADD CONSTRAINT "Receptionist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleVersion" ADD CONSTRAINT "ScheduleVersion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMessage" ADD CONSTRAINT "EventMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerProfile" ADD CONSTRAINT "SpeakerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerAvailability" ADD CONSTRAINT "SpeakerAvailability_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerAvailability" ADD CONSTRAINT "SpeakerAvailability_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCriterion" ADD CONSTRAINT "ReviewCriterion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarredTalk" ADD CONSTRAINT "StarredTalk_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarredTalk" ADD CONSTRAINT "StarredTalk_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkFeedback" ADD CONSTRAINT "TalkFeedback_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkFeedback" ADD CONSTRAINT "TalkFeedback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: room in every page for each row's next version, so that the draw's update of
-- status and waitlistPosition (no index holds either) is heap-only. New pages only; existing
-- rows move to such pages when the table is rewritten (VACUUM FULL), if ever.
ALTER TABLE "Registration" SET (fillfactor = 50);
