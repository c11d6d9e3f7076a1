"use client";

import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createContext, useContext, type ReactNode } from "react";
import { useNonce } from "@/components/nonce";
import type { FormValues } from "@/lib/domain/candidature/formulaires";

// The wizard's fields: each reads its value (typed before a refused submission, or saved) and its
// message from the step form around it, and carries the id the error summary links to.

export type Option = { value: string; label: ReactNode; hint?: ReactNode };

type Champs = { values: FormValues; errors: Record<string, string> };

export const ChampsContext = createContext<Champs>({ values: {}, errors: {} });

export const champId = (name: string) => `etape-${name}`;

function useChamp(name: string) {
  const { values, errors } = useContext(ChampsContext);
  const value = values[name];
  const error = errors[name];
  return {
    text: Array.isArray(value) ? (value[0] ?? "") : (value ?? ""),
    list: value === undefined ? [] : Array.isArray(value) ? value : [value],
    state: error ? ({ state: "error", stateRelatedMessage: error } as const) : ({ state: "default" } as const),
    invalid: error ? true : undefined,
  };
}

export function ChampTexte({
  name,
  label,
  hint,
  required,
  maxLength = 200,
  inputMode,
  autoComplete,
  width,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "tel" | "decimal" | "text";
  autoComplete?: string;
  /** Narrow fields (postal code, year, note) keep a narrow box. */
  width?: "court";
}) {
  const champ = useChamp(name);
  return (
    <Input
      label={label}
      hintText={hint}
      {...champ.state}
      {...(width === "court" ? { style: { maxWidth: "16rem" } } : {})}
      nativeInputProps={{
        id: champId(name),
        name,
        defaultValue: champ.text,
        required,
        maxLength,
        inputMode,
        autoComplete,
        "aria-invalid": champ.invalid,
      }}
    />
  );
}

export function ChampListe({ name, label, hint, options, vide = "Sélectionnez une option", required }: { name: string; label: string; hint?: ReactNode; options: readonly Option[]; vide?: string; required?: boolean }) {
  const champ = useChamp(name);
  // A value saved under an older list stays shown, so that what was registered stays readable.
  const inconnue = champ.text !== "" && !options.some((o) => o.value === champ.text);
  return (
    <Select label={label} hint={hint} {...champ.state} nativeSelectProps={{ id: champId(name), name, defaultValue: champ.text, required, "aria-invalid": champ.invalid }}>
      <option value="">{vide}</option>
      {inconnue && <option value={champ.text}>{champ.text} (n’est plus proposé)</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

export function ChampRadios({ name, legend, hint, options, inline }: { name: string; legend: ReactNode; hint?: ReactNode; options: readonly Option[]; inline?: boolean }) {
  const champ = useChamp(name);
  return (
    <RadioButtons
      id={champId(name)}
      name={name}
      legend={legend}
      hintText={hint}
      orientation={inline ? "horizontal" : "vertical"}
      {...champ.state}
      options={options.map((o) => ({
        label: o.label,
        hintText: o.hint,
        nativeInputProps: { value: o.value, defaultChecked: champ.text === o.value },
      }))}
    />
  );
}

export function ChampCases({ name, legend, hint, options, inline }: { name: string; legend: ReactNode; hint?: ReactNode; options: readonly Option[]; inline?: boolean }) {
  const champ = useChamp(name);
  return (
    <Checkbox
      id={champId(name)}
      legend={legend}
      hintText={hint}
      orientation={inline ? "horizontal" : "vertical"}
      {...champ.state}
      options={options.map((o) => ({
        label: o.label,
        hintText: o.hint,
        nativeInputProps: { name, value: o.value, defaultChecked: champ.list.includes(o.value) },
      }))}
    />
  );
}

/** One box, posted as "on" when ticked. */
export function ChampCase({ name, label, hint }: { name: string; label: ReactNode; hint?: ReactNode }) {
  const champ = useChamp(name);
  return (
    <Checkbox
      id={champId(name)}
      {...champ.state}
      options={[{ label, hintText: hint, nativeInputProps: { name, value: "on", defaultChecked: champ.text === "on" } }]}
    />
  );
}

/**
 * Shown only while one of `values` is chosen for the radio `name`, by CSS alone (`:has()`), so it
 * works without JavaScript. A browser without `:has()` drops the rule and shows the block: the
 * server ignores the fields of options not chosen (lib/domain/candidature/formulaires.ts).
 */
export function Revele({ id, name, values, children }: { id: string; name: string; values: readonly string[]; children: ReactNode }) {
  const checked = values.map((v) => `input[name="${name}"][value="${v}"]:checked`).join(", ");
  // The page's CSP refuses a <style> without its nonce. Rendered in place, not hoisted to <head>
  // (href and precedence): React's server rendering writes hoisted styles without the nonce.
  const nonce = useNonce();
  return (
    <div id={id} className="fr-pl-3w fr-mb-3w" style={{ borderLeft: "2px solid var(--border-default-blue-france)" }}>
      <style nonce={nonce}>{`form:not(:has(${checked})) #${id} { display: none; }`}</style>
      {children}
    </div>
  );
}
