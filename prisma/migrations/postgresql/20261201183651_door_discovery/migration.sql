-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "prefecture" INTEGER;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "walkIn" BOOLEAN NOT NULL DEFAULT false;

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

-- CreateIndex
CREATE UNIQUE INDEX "Receptionist_scopeKey_key" ON "Receptionist"("scopeKey");

-- CreateIndex
CREATE INDEX "Receptionist_userId_idx" ON "Receptionist"("userId");

-- CreateIndex
CREATE INDEX "Receptionist_groupId_eventId_idx" ON "Receptionist"("groupId", "eventId");

-- CreateIndex
CREATE INDEX "Event_status_prefecture_startsAt_idx" ON "Event"("status", "prefecture", "startsAt");

-- AddForeignKey
ALTER TABLE "Receptionist" ADD CONSTRAINT "Receptionist_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receptionist" ADD CONSTRAINT "Receptionist_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receptionist" ADD CONSTRAINT "Receptionist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

