-- AlterTable
ALTER TABLE "Frame" ADD COLUMN     "reconfirmDoneAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmFrom" TIMESTAMP(3),
ADD COLUMN     "reconfirmPolicy" TEXT NOT NULL DEFAULT 'RELEASE',
ADD COLUMN     "reconfirmUntil" TIMESTAMP(3),
ADD COLUMN     "reportRemindedAt" TIMESTAMP(3),
ADD COLUMN     "requiresReport" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "reconfirmAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmAskedAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmTokenHash" TEXT,
ADD COLUMN     "reconfirmation" TEXT;

-- AlterTable
ALTER TABLE "CallForProposals" ADD COLUMN     "questions" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "answers" TEXT NOT NULL DEFAULT '{}';

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

-- CreateIndex
CREATE INDEX "EventMessage_eventId_createdAt_idx" ON "EventMessage"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "EventMessage_sentAt_sendAt_idx" ON "EventMessage"("sentAt", "sendAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_reconfirmTokenHash_key" ON "Registration"("reconfirmTokenHash");

-- AddForeignKey
ALTER TABLE "EventMessage" ADD CONSTRAINT "EventMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

