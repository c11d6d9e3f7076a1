export { default, metadata } from "@/components/erreurs/groupe";
