"use client";

import { ErreurInattendue, type ErreurProps } from "./erreur-inattendue";

// An error in one of a group's pages, answered inside its header and main region (the group's
// layout): each group's error.tsx re-exports this.
export default function ErreurDansLeGroupe(props: ErreurProps) {
  return <ErreurInattendue {...props} />;
}
