-- DropIndex
DROP INDEX "DrawEntry_frameId_publicId_key";

-- CreateIndex
CREATE INDEX "DrawEntry_publicId_idx" ON "DrawEntry"("publicId");

