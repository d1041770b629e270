-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "receiptSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Frame" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "drawAt" TIMESTAMP(3),
    "cancelDeadline" TIMESTAMP(3),
    "questions" TEXT NOT NULL DEFAULT '[]',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "commitment" TEXT,
    "seed" TEXT,
    "drawState" TEXT,
    "drawnAt" TIMESTAMP(3),
    "nominated" TEXT NOT NULL DEFAULT '[]',
    "applicantsDigest" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Frame_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
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
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DrawEntry" (
    "frameId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "publicId" TEXT NOT NULL,
    "nominated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DrawEntry_pkey" PRIMARY KEY ("frameId","position")
);

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

-- AddForeignKey
ALTER TABLE "Frame" ADD CONSTRAINT "Frame_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrawEntry" ADD CONSTRAINT "DrawEntry_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame"("id") ON DELETE CASCADE ON UPDATE CASCADE;

