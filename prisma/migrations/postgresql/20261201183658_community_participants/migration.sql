-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bulkMailOptOut" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "GroupMembership" ADD COLUMN     "announcementsOptOut" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "onlineUrlPrivate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "participantInfo" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "attachments" TEXT,
ADD COLUMN     "headers" TEXT;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "anonymous" BOOLEAN NOT NULL DEFAULT false;

