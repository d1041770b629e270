-- AlterTable
ALTER TABLE "Frame" ADD COLUMN     "algorithm" TEXT,
ADD COLUMN     "beaconChain" TEXT,
ADD COLUMN     "beaconRound" INTEGER,
ADD COLUMN     "beaconRandomness" TEXT,
ADD COLUMN     "beaconSignature" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "applicantsCount" INTEGER,
ADD COLUMN     "drawnCapacity" INTEGER,
ADD COLUMN     "drawWaitReason" TEXT,
ADD COLUMN     "drawWaitDetail" TEXT,
ADD COLUMN     "drawWaitSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CallForProposals" ADD COLUMN     "maxCoSpeakers" INTEGER NOT NULL DEFAULT 3;

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

    CONSTRAINT "FrameLogEntry_pkey" PRIMARY KEY ("frameId","seq")
);

-- AddForeignKey
ALTER TABLE "FrameLogEntry" ADD CONSTRAINT "FrameLogEntry_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "Frame"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Lotteries made before v2 are v1; their draw's capacity is the best known one.
UPDATE "Frame" SET "algorithm" = 'hako-lottery-v1' WHERE "method" = 'LOTTERY' AND "algorithm" IS NULL;
UPDATE "Frame" SET "drawnCapacity" = "capacity" WHERE "drawState" = 'DRAWN' AND "drawnCapacity" IS NULL;
