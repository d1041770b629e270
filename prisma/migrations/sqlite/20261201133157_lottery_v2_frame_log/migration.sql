-- AlterTable
ALTER TABLE "Frame" ADD COLUMN "algorithm" TEXT;
ALTER TABLE "Frame" ADD COLUMN "beaconChain" TEXT;
ALTER TABLE "Frame" ADD COLUMN "beaconRound" INTEGER;
ALTER TABLE "Frame" ADD COLUMN "beaconRandomness" TEXT;
ALTER TABLE "Frame" ADD COLUMN "beaconSignature" TEXT;
ALTER TABLE "Frame" ADD COLUMN "closedAt" DATETIME;
ALTER TABLE "Frame" ADD COLUMN "applicantsCount" INTEGER;
ALTER TABLE "Frame" ADD COLUMN "drawnCapacity" INTEGER;
ALTER TABLE "Frame" ADD COLUMN "drawWaitReason" TEXT;
ALTER TABLE "Frame" ADD COLUMN "drawWaitDetail" TEXT;
ALTER TABLE "Frame" ADD COLUMN "drawWaitSince" DATETIME;

-- CreateTable
CREATE TABLE "FrameLogEntry" (
    "frameId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    PRIMARY KEY ("frameId", "seq"),
    CONSTRAINT "FrameLogEntry_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    CONSTRAINT "CallForProposals_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CallForProposals" ("closesAt", "createdAt", "eventId", "formats", "guidelines", "id", "opensAt", "tracks", "updatedAt") SELECT "closesAt", "createdAt", "eventId", "formats", "guidelines", "id", "opensAt", "tracks", "updatedAt" FROM "CallForProposals";
DROP TABLE "CallForProposals";
ALTER TABLE "new_CallForProposals" RENAME TO "CallForProposals";
CREATE UNIQUE INDEX "CallForProposals_eventId_key" ON "CallForProposals"("eventId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Lotteries made before v2 are v1; their draw's capacity is the best known one.
UPDATE "Frame" SET "algorithm" = 'hako-lottery-v1' WHERE "method" = 'LOTTERY' AND "algorithm" IS NULL;
UPDATE "Frame" SET "drawnCapacity" = "capacity" WHERE "drawState" = 'DRAWN' AND "drawnCapacity" IS NULL;
