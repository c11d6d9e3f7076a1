"use client";

export { default } from "@/components/erreurs/groupe-erreur";
