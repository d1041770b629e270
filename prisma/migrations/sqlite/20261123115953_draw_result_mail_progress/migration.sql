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
    CONSTRAINT "Frame_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Frame" ("applicantsDigest", "cancelDeadline", "capacity", "closesAt", "commitment", "createdAt", "drawAt", "drawState", "drawnAt", "eventId", "forSpeakers", "id", "lockVersion", "method", "name", "nominated", "opensAt", "questions", "resultMailAt", "seed", "sortOrder", "updatedAt") SELECT "applicantsDigest", "cancelDeadline", "capacity", "closesAt", "commitment", "createdAt", "drawAt", "drawState", "drawnAt", "eventId", "forSpeakers", "id", "lockVersion", "method", "name", "nominated", "opensAt", "questions", "resultMailAt", "seed", "sortOrder", "updatedAt" FROM "Frame";
DROP TABLE "Frame";
ALTER TABLE "new_Frame" RENAME TO "Frame";
CREATE INDEX "Frame_eventId_idx" ON "Frame"("eventId");
CREATE INDEX "Frame_drawState_drawAt_idx" ON "Frame"("drawState", "drawAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Frames whose result mail was claimed before progress was recorded were written in full then.
UPDATE "Frame" SET "resultMailDoneAt" = "resultMailAt" WHERE "resultMailAt" IS NOT NULL;
