import { redirect } from "next/navigation";
import { homeFor } from "@/lib/domain/account/roles";
import { requireAccount } from "@/lib/server/auth/guards";

// Where sign-in lands: the candidate's space or the staff area, by role.
export default async function EspacePage() {
  const account = await requireAccount();
  redirect(homeFor(account.role));
}
