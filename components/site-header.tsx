import type { HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { seDeconnecter } from "@/app/(public)/deconnexion/actions";
import { isStaff } from "@/lib/domain/account/roles";
import { getCurrentAccount } from "@/lib/server/auth/current-account";
import { PortalHeader, SIGNED_OUT_ITEMS } from "./site-brand";

const SIGN_OUT_FORM_ID = "form-deconnexion";

/** Quick access: sign in / create an account, or my candidatures / register / my account / staff area / sign out (a form POST, no JavaScript needed). */
export async function SiteHeader() {
  const account = await getCurrentAccount();
  const quickAccessItems: HeaderProps["quickAccessItems"] = account
    ? [
        ...(isStaff(account.role)
          ? [{ iconId: "fr-icon-settings-5-line" as const, linkProps: { href: "/gestion" }, text: "Espace de gestion" }]
          : [
              { iconId: "fr-icon-file-text-line" as const, linkProps: { href: "/mes-candidatures" }, text: "Mes candidatures" },
              { iconId: "fr-icon-edit-line" as const, linkProps: { href: "/inscription" }, text: "M’inscrire" },
            ]),
        { iconId: "fr-icon-account-circle-line", linkProps: { href: "/mon-compte" }, text: "Mon compte" },
        { iconId: "fr-icon-logout-box-r-line", buttonProps: { type: "submit", form: SIGN_OUT_FORM_ID }, text: "Se déconnecter" },
      ]
    : SIGNED_OUT_ITEMS;
  return (
    <>
      <PortalHeader quickAccessItems={quickAccessItems} />
      {/* The header's "Se déconnecter" buttons (desktop and mobile menu) submit this form. */}
      {account && <form id={SIGN_OUT_FORM_ID} action={seDeconnecter} hidden />}
    </>
  );
}
