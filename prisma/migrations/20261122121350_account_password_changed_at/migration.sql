-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);

