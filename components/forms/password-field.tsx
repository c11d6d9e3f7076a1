"use client";

import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useState } from "react";
import { checkPassword, PASSWORD_PART_LABELS, PASSWORD_PARTS, type PasswordPart } from "@/lib/domain/account/password";
import { fr } from "@/lib/domain/typographie";

type Severity = "info" | "error" | "valid";

/**
 * A new password with the notice's rule listed under it before anything is typed; after a refused
 * submission the failing parts are marked, and with JavaScript each part is checked while typing.
 */
export function NewPasswordField({
  id,
  name = "password",
  label,
  hint,
  failing,
  error,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  /** Parts the server refused (the password itself is never sent back). */
  failing?: readonly string[];
  error?: string;
}) {
  const [typedParts, setTypedParts] = useState<PasswordPart[] | null>(null);
  const severityOf = (part: PasswordPart): Severity => {
    if (typedParts) return typedParts.includes(part) ? "error" : "valid";
    return failing?.includes(part) ? "error" : "info";
  };
  const messages = PASSWORD_PARTS.map((part) => ({ severity: severityOf(part), message: PASSWORD_PART_LABELS[part] }));
  // A failure the rule list does not show (a pasted tab): the server's sentence.
  if (error && (!failing || failing.length === 0) && !typedParts) messages.push({ severity: "error", message: error });
  return (
    <PasswordInput
      label={label}
      hintText={hint}
      messagesHint={fr`Votre mot de passe doit contenir :`}
      messages={messages}
      nativeInputProps={{
        id,
        name,
        autoComplete: "new-password",
        required: true,
        maxLength: 100,
        "aria-invalid": error ? true : undefined,
        onChange: (e) => setTypedParts(e.currentTarget.value === "" ? null : checkPassword(e.currentTarget.value).failing),
      }}
    />
  );
}

/** A password typed to confirm or to prove (no rule list): only an error, when there is one. */
export function PasswordField({
  id,
  name,
  label,
  hint,
  error,
  autoComplete,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  autoComplete: "current-password" | "new-password";
}) {
  return (
    <PasswordInput
      label={label}
      hintText={hint}
      messagesHint=""
      messages={error ? [{ severity: "error", message: error }] : []}
      nativeInputProps={{ id, name, autoComplete, required: true, maxLength: 100, "aria-invalid": error ? true : undefined }}
    />
  );
}
